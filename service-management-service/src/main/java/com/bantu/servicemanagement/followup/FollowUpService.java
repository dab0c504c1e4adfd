package com.bantu.servicemanagement.followup;

import com.bantu.common.security.CurrentUser;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up timeline. Callers check that the customer / service record exists; this service only stores and
 * lists entries (newest first). A customer's timeline includes the entries of its service records.
 */
@Service
public class FollowUpService {

    private final FollowUpRepository followUps;

    public FollowUpService(FollowUpRepository followUps) {
        this.followUps = followUps;
    }

    @Transactional(readOnly = true)
    public List<FollowUpResponse> byCustomer(String customerId) {
        return followUps.findByCustomerIdOrderByFollowedUpAtDescCreatedAtDesc(customerId).stream()
                .map(FollowUpMapper::toResponse).toList();
    }

    @Transactional(readOnly = true)
    public List<FollowUpResponse> byServiceRecord(String serviceRecordId) {
        return followUps.findByServiceRecordIdOrderByFollowedUpAtDescCreatedAtDesc(serviceRecordId).stream()
                .map(FollowUpMapper::toResponse).toList();
    }

    @Transactional
    public FollowUpResponse add(String customerId, String serviceRecordId, FollowUpRequest r) {
        FollowUp f = new FollowUp();
        f.customerId = customerId;
        f.serviceRecordId = serviceRecordId;
        f.content = r.content().trim();
        f.followUpType = r.followUpType();
        f.followedUpAt = r.followedUpAt() != null ? r.followedUpAt()
                : LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        f.nextFollowUpAt = r.nextFollowUpAt();
        f.authorId = CurrentUser.id();
        f.authorName = CurrentUser.get().username();
        followUps.saveAndFlush(f);
        return FollowUpMapper.toResponse(f);
    }
}

package com.bantu.servicemanagement.followup;

import com.bantu.common.api.QueryParams;
import com.bantu.common.error.ValidationException;
import com.bantu.common.security.CurrentUser;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up timeline. Callers check that the customer / service record exists; this service only stores and
 * lists entries (newest first). {@code follow_up_type} is one of {@link #TYPES} (400 naming the field otherwise). A customer's timeline includes the entries of its service records.
 */
@Service
public class FollowUpService {

    /** The kinds of contact a follow-up records (the web client offers exactly these). */
    static final List<String> TYPES = List.of("call", "meeting", "email", "note", "visit", "wechat", "whatsapp");

    private final FollowUpRepository followUps;
    private final JdbcTemplate jdbc;

    public FollowUpService(FollowUpRepository followUps, JdbcTemplate jdbc) {
        this.followUps = followUps;
        this.jdbc = jdbc;
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
        boolean noContent = r.content() == null || r.content().isBlank();
        if (noContent && (r.followUpType() == null || r.followUpType().isBlank())) {
            throw ValidationException.of("content", "content or follow_up_type is required");
        }
        f.content = noContent ? null : r.content().trim();
        f.followUpType = QueryParams.requireOneOf("follow_up_type",
                r.followUpType() == null || r.followUpType().isBlank() ? null : r.followUpType().trim(), TYPES);
        f.followedUpAt = r.when() != null ? r.when() : LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        f.statusBefore = r.statusBefore();
        f.statusAfter = r.statusAfter();
        f.nextFollowUpAt = r.nextFollowUpAt();
        f.authorId = CurrentUser.id();
        f.authorName = CurrentUser.get().username();
        followUps.saveAndFlush(f);
        touchCustomer(f);
        return FollowUpMapper.toResponse(f);
    }

    /** The customer's last follow-up moves forward (never back); its next one is set when the entry gives one. */
    private void touchCustomer(FollowUp f) {
        jdbc.update("UPDATE customers SET last_follow_up_at = CASE WHEN last_follow_up_at IS NULL "
                + "OR last_follow_up_at < ? THEN ? ELSE last_follow_up_at END, "
                + "next_follow_up_at = COALESCE(?, next_follow_up_at) WHERE id = ?",
                f.followedUpAt, f.followedUpAt, f.nextFollowUpAt, f.customerId);
    }
}

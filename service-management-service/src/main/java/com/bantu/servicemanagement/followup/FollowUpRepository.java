package com.bantu.servicemanagement.followup;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface FollowUpRepository extends BaseRepository<FollowUp> {

    List<FollowUp> findByCustomerIdOrderByFollowedUpAtDescCreatedAtDesc(String customerId);

    List<FollowUp> findByServiceRecordIdOrderByFollowedUpAtDescCreatedAtDesc(String serviceRecordId);
}

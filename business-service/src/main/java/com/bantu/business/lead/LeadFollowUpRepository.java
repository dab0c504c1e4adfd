package com.bantu.business.lead;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface LeadFollowUpRepository extends BaseRepository<LeadFollowUp> {

    List<LeadFollowUp> findByLeadIdOrderByCreatedAtDescIdDesc(String leadId);
}

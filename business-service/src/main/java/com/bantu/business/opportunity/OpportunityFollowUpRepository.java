package com.bantu.business.opportunity;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface OpportunityFollowUpRepository extends BaseRepository<OpportunityFollowUp> {

    List<OpportunityFollowUp> findByOpportunityIdOrderByCreatedAtDescIdDesc(String opportunityId);
}

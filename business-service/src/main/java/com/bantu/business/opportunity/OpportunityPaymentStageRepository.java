package com.bantu.business.opportunity;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;

public interface OpportunityPaymentStageRepository extends BaseRepository<OpportunityPaymentStage> {

    List<OpportunityPaymentStage> findByOpportunityIdOrderByStageNumber(String opportunityId);

    List<OpportunityPaymentStage> findByOpportunityIdIn(Collection<String> ids);
}

package com.bantu.business.opportunity;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;

public interface OpportunityProductRepository extends BaseRepository<OpportunityProduct> {

    List<OpportunityProduct> findByOpportunityIdOrderByExecutionOrderAscCreatedAtAsc(String opportunityId);

    List<OpportunityProduct> findByOpportunityIdIn(Collection<String> ids);

    void deleteByOpportunityId(String opportunityId);
}

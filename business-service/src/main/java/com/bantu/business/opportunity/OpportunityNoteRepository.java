package com.bantu.business.opportunity;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface OpportunityNoteRepository extends BaseRepository<OpportunityNote> {

    List<OpportunityNote> findByOpportunityIdOrderByCreatedAtDescIdDesc(String opportunityId);
}

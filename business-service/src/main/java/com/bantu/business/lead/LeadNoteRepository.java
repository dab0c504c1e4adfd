package com.bantu.business.lead;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface LeadNoteRepository extends BaseRepository<LeadNote> {

    List<LeadNote> findByLeadIdOrderByCreatedAtDescIdDesc(String leadId);
}

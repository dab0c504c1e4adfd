package com.bantu.business.lead;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface LeadPoolRepository extends BaseRepository<LeadPool> {

    List<LeadPool> findAllByOrderByNameAsc();

    List<LeadPool> findByOrganizationIdOrderByNameAsc(String organizationId);
}

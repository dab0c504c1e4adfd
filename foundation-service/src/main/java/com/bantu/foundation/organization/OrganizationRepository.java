package com.bantu.foundation.organization;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends BaseRepository<Organization> {

    boolean existsByCode(String code);

    List<Organization> findByIdIn(Collection<String> ids);

    List<Organization> findByDeletedAtIsNull();

    @Query("select o.organizationType, count(o) from Organization o where o.deletedAt is null group by o.organizationType")
    List<Object[]> countByType();
}

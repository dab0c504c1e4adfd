package com.bantu.foundation.organization;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationEmployeeRepository extends BaseRepository<OrganizationEmployee> {

    Optional<OrganizationEmployee> findFirstByUserIdAndPrimaryTrueAndActiveTrue(String userId);

    List<OrganizationEmployee> findByUserIdInAndPrimaryTrueAndActiveTrue(Collection<String> userIds);

    List<OrganizationEmployee> findByUserIdAndActiveTrue(String userId);

    List<OrganizationEmployee> findByOrganizationIdAndActiveTrueOrderByCreatedAtAsc(String organizationId);

    long countByOrganizationIdAndActiveTrue(String organizationId);

    long countByActiveTrue();

    @Query("select e.userId from OrganizationEmployee e where e.organizationId = :orgId and e.primary = true")
    List<String> primaryUserIds(@Param("orgId") String orgId);

    @Query("select e.organizationId, count(e) from OrganizationEmployee e where e.active = true "
            + "and e.organizationId in :ids group by e.organizationId")
    List<Object[]> countActiveByOrganization(@Param("ids") Collection<String> ids);
}

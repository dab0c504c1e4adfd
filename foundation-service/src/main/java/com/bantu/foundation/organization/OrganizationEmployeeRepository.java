package com.bantu.foundation.organization;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationEmployeeRepository extends BaseRepository<OrganizationEmployee> {

    Optional<OrganizationEmployee> findFirstByUserIdAndPrimaryTrueAndActiveTrue(String userId);

    /**
     * {@code [user id, organization id, organization name]} of the users' active primary links, the name null when
     * the organization row is gone: one query for what every user answer shows. {@code UserRepository.responseRows}
     * joins the primary link by the same rule for {@code GET /users/{id}}.
     */
    @Query("select e.userId, e.organizationId, o.name from OrganizationEmployee e "
            + "left join Organization o on o.id = e.organizationId "
            + "where e.userId in :userIds and e.primary = true and e.active = true")
    List<Object[]> primaryLinks(@Param("userIds") Collection<String> userIds);

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

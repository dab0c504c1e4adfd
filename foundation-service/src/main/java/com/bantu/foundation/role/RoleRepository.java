package com.bantu.foundation.role;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoleRepository extends BaseRepository<Role> {

    Optional<Role> findByCode(String code);

    boolean existsByCode(String code);

    List<Role> findAllByOrderByCreatedAtDescCodeAsc();

    List<Role> findByIdIn(Collection<String> ids);

    @Query(value = "SELECT COUNT(*) FROM user_roles WHERE role_id = :roleId", nativeQuery = true)
    long countAssignments(@Param("roleId") String roleId);

    @Query(value = "SELECT r.* FROM roles r JOIN user_roles ur ON ur.role_id = r.id WHERE ur.user_id = :userId",
            nativeQuery = true)
    List<Role> findByUserId(@Param("userId") String userId);
}

package com.bantu.foundation.user;

import com.bantu.common.persistence.BaseRepository;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

public interface UserRepository extends BaseRepository<User> {

    Optional<User> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByUsernameIgnoreCase(String username);

    long countByDeletedAtIsNull();

    long countByDeletedAtIsNullAndLastLoginAtAfter(LocalDateTime since);

    long countByDeletedAtIsNullAndLastLoginAtIsNull();

    /**
     * {@code GET /users/{id}} in one query, without loading the entity: the user with its active primary organization
     * and a row per role (one row with null role fields when it holds none). Empty when no such user exists. One
     * statement needs no transaction of its own ({@code SUPPORTS}: it joins one if the caller has one), which saves
     * the begin, read-only switch and commit round trips of the repository's default read-only transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @Query("""
            select new com.bantu.foundation.user.UserRow(u.id, u.username, u.email, u.phone, u.displayName,
                u.avatarUrl, u.bio, u.gender, u.address, u.contactPhone, u.whatsapp, u.wechat, u.active,
                u.lastLoginAt, u.deletedAt, u.createdAt, u.updatedAt, e.organizationId, o.name, r.id, r.code, r.name)
            from User u
            left join u.roles r
            left join OrganizationEmployee e on e.userId = u.id and e.primary = true and e.active = true
            left join Organization o on o.id = e.organizationId
            where u.id = :id""")
    List<UserRow> responseRows(@Param("id") String id);

    @Query("select r.code, count(u) from User u join u.roles r where u.deletedAt is null group by r.code")
    List<Object[]> countByRole();

    /** Active, non-deleted holders of role ADMIN other than {@code userId}. */
    @Query(value = "SELECT COUNT(*) FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id"
            + " WHERE r.code = 'ADMIN' AND u.is_active = TRUE AND u.deleted_at IS NULL AND u.id <> :userId",
            nativeQuery = true)
    long countOtherActiveAdmins(@Param("userId") String userId);

    // Token versions: raised in place (never read-modify-write), then read back to publish.

    @Modifying(flushAutomatically = true)
    @Query(value = "UPDATE users SET token_version = token_version + 1 WHERE id IN (:ids)", nativeQuery = true)
    int raiseTokenVersions(@Param("ids") Collection<String> ids);

    @Query(value = "SELECT user_id FROM user_roles WHERE role_id = :roleId", nativeQuery = true)
    List<String> idsWithRole(@Param("roleId") String roleId);

    @Query(value = "SELECT ur.user_id FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE r.code = :code",
            nativeQuery = true)
    List<String> idsWithRoleCode(@Param("code") String code);

    @Query(value = "SELECT DISTINCT ur.user_id FROM user_roles ur JOIN role_permissions rp ON rp.role_id = ur.role_id"
            + " WHERE rp.permission_id = :permissionId", nativeQuery = true)
    List<String> idsWithPermission(@Param("permissionId") String permissionId);

    @Query(value = "SELECT id, token_version FROM users WHERE id IN (:ids)", nativeQuery = true)
    List<Object[]> tokenVersions(@Param("ids") Collection<String> ids);

    @Query(value = "SELECT token_version FROM users WHERE id = :id", nativeQuery = true)
    Optional<Long> tokenVersion(@Param("id") String id);
}

package com.bantu.foundation.user;

import com.bantu.common.api.PageQuery;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import com.bantu.foundation.organization.OrganizationDirectoryService.PrimaryOrganization;
import com.bantu.foundation.organization.OrganizationDirectoryService;
import com.bantu.foundation.organization.OrganizationEmployee;
import com.bantu.foundation.organization.OrganizationService;
import com.bantu.foundation.role.Role;
import com.bantu.foundation.role.RoleResponse;
import com.bantu.foundation.role.RoleService;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

    public static final String NOT_FOUND = "用户不存在";

    private final UserRepository users;
    private final OrganizationService organizations;
    private final OrganizationDirectoryService directory;
    private final RoleService roleService;
    private final TokenVersionService tokenVersions;
    private final PasswordEncoder encoder;

    public UserService(UserRepository users, OrganizationService organizations,
                       OrganizationDirectoryService directory, RoleService roleService,
                       TokenVersionService tokenVersions, PasswordEncoder encoder) {
        this.users = users;
        this.organizations = organizations;
        this.directory = directory;
        this.roleService = roleService;
        this.tokenVersions = tokenVersions;
        this.encoder = encoder;
    }

    static final String LAST_WAY_IN = "不能移除自己或最后一位有效管理员的管理权限（停用、删除或取消 ADMIN 角色）";

    public record Filter(String email, String username, String organizationId, String roleId, Boolean isActive,
                         boolean includeDeleted) {
    }

    @Transactional(readOnly = true)
    public RecordsPage<UserResponse> list(Filter f, PageQuery page) {
        var result = users.findAll(spec(f), page.toPageable(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"))));
        Map<String, PrimaryOrganization> primary = primaryOrganizations(result.getContent().stream().map(User::getId).toList());
        return RecordsPage.of(result, page, u -> toResponse(u, primary.get(u.getId())));
    }

    /** The picker projection (id, username, display name) of non-deleted users; the e-mail filter is not offered. */
    @Transactional(readOnly = true)
    public RecordsPage<UserSummary> pickerList(Filter f, PageQuery page) {
        Filter slim = new Filter(null, f.username(), f.organizationId(), f.roleId(), f.isActive(), false);
        var result = users.findAll(spec(slim), page.toPageable(Sort.by("username").and(Sort.by("id"))));
        return RecordsPage.of(result, page, UserSummary::of);
    }

    private static Specification<User> spec(Filter f) {
        return Specification.allOf(
                Specs.contains("email", f.email()), Specs.contains("username", f.username()),
                Specs.eq("active", f.isActive()),
                f.includeDeleted() ? Specs.all() : (root, q, cb) -> cb.isNull(root.get("deletedAt")),
                byOrganization(f.organizationId()), byRole(f.roleId()));
    }

    private static Specification<User> byOrganization(String orgId) {
        if (orgId == null || orgId.isBlank()) {
            return Specs.all();
        }
        return (root, q, cb) -> {
            Subquery<String> sq = q.subquery(String.class);
            var e = sq.from(OrganizationEmployee.class);
            sq.select(e.get("userId")).where(cb.equal(e.get("organizationId"), orgId), cb.isTrue(e.get("active")));
            return root.get("id").in(sq);
        };
    }

    private static Specification<User> byRole(String roleId) {
        if (roleId == null || roleId.isBlank()) {
            return Specs.all();
        }
        return (root, q, cb) -> {
            Subquery<String> sq = q.subquery(String.class);
            var u = sq.from(User.class);
            Join<User, Role> r = u.join("roles");
            sq.select(u.get("id")).where(cb.equal(r.get("id"), roleId));
            return root.get("id").in(sq);
        };
    }

    private Map<String, PrimaryOrganization> primaryOrganizations(Collection<String> userIds) {
        return directory.primaryOrganizations(userIds);
    }

    private UserResponse toResponse(User u, PrimaryOrganization org) {
        return UserResponse.of(u, org == null ? null : org.id(), org == null ? null : org.name());
    }

    private UserResponse toResponse(User u) {
        return toResponse(u, primaryOrganizations(List.of(u.getId())).get(u.getId()));
    }

    /**
     * One query and no entity (see {@link UserRepository#responseRows}): this is the hottest read of the service, and
     * loading the entity, its roles and the primary organization took three queries and most of its CPU.
     */
    public UserResponse get(String id) {
        List<UserRow> rows = users.responseRows(id);
        if (rows.isEmpty()) {
            throw new NotFoundException(NOT_FOUND);
        }
        return UserResponse.of(rows);
    }

    @Transactional
    public UserResponse create(CreateUserRequest r) {
        organizations.requireActive(r.organizationId(), "organization_id");
        if (users.existsByUsernameIgnoreCase(r.username().trim())) {
            throw new ConflictException("用户名已存在");
        }
        if (users.existsByEmailIgnoreCase(r.email().trim())) {
            throw new ConflictException("邮箱已存在");
        }
        User u = new User();
        u.username = r.username().trim();
        u.email = r.email().trim().toLowerCase();
        u.phone = r.phone();
        u.displayName = r.displayName();
        u.avatarUrl = r.avatarUrl();
        u.bio = r.bio();
        u.gender = r.gender();
        u.address = r.address();
        u.contactPhone = r.contactPhone();
        u.whatsapp = r.whatsapp();
        u.wechat = r.wechat();
        u.setActive(r.isActive() == null || r.isActive());
        u.changePassword(encoder.encode(r.password()));
        u.roles = resolveRoles(r.roleIds());
        users.saveAndFlush(u);
        if (r.autoCreateEmployee() == null || r.autoCreateEmployee()) {
            organizations.makePrimary(u.getId(), r.organizationId(), u.email);
        }
        return toResponse(u);
    }

    private Set<Role> resolveRoles(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return new LinkedHashSet<>();
        }
        Set<String> wanted = new LinkedHashSet<>(ids);
        List<Role> found = roleService.byIds(wanted);
        if (found.size() != wanted.size()) {
            Set<String> known = found.stream().map(Role::getId).collect(Collectors.toSet());
            List<String> unknown = wanted.stream().filter(id -> !known.contains(id)).toList();
            throw ValidationException.of("role_ids", "角色不存在: " + String.join(", ", unknown));
        }
        return new LinkedHashSet<>(found);
    }

    @Transactional
    public UserResponse update(String id, UpdateUserRequest r, String actingUserId) {
        User u = users.getOrThrow(id, NOT_FOUND);
        Set<Role> nextRoles = r.roleIds() == null ? null : resolveRoles(r.roleIds());
        boolean deactivates = Boolean.FALSE.equals(r.isActive()) && u.isActive();
        boolean dropsAdmin = nextRoles != null && isAdmin(u.roles) && !isAdmin(nextRoles);
        if (deactivates || dropsAdmin) {
            keepAWayBackIn(u, actingUserId);
        }
        boolean rolesChanged = nextRoles != null && !ids(nextRoles).equals(ids(u.roles));
        if (r.email() != null && !r.email().equalsIgnoreCase(u.email)) {
            if (users.existsByEmailIgnoreCase(r.email().trim())) {
                throw new ConflictException("邮箱已存在");
            }
            u.email = r.email().trim().toLowerCase();
        }
        if (r.phone() != null) {
            u.phone = r.phone();
        }
        if (r.displayName() != null) {
            u.displayName = r.displayName();
        }
        if (r.avatarUrl() != null) {
            u.avatarUrl = r.avatarUrl();
        }
        if (r.bio() != null) {
            u.bio = r.bio();
        }
        if (r.gender() != null) {
            u.gender = r.gender();
        }
        if (r.address() != null) {
            u.address = r.address();
        }
        if (r.contactPhone() != null) {
            u.contactPhone = r.contactPhone();
        }
        if (r.whatsapp() != null) {
            u.whatsapp = r.whatsapp();
        }
        if (r.wechat() != null) {
            u.wechat = r.wechat();
        }
        if (nextRoles != null) {
            u.roles = nextRoles;
        }
        if (r.isActive() != null) {
            u.setActive(r.isActive());
        }
        boolean orgMoved = false;
        if (r.organizationId() != null && !r.organizationId().isBlank()) {
            orgMoved = movePrimaryOrganization(u, r.organizationId());
        }
        users.saveAndFlush(u);
        if (deactivates || rolesChanged || orgMoved) {
            // the token carries roles, permissions and scope organizations: its sessions end
            tokenVersions.endSessions(u.getId());
        }
        return toResponse(u);
    }

    private static boolean isAdmin(Collection<Role> held) {
        return held.stream().anyMatch(Role::isAdmin);
    }

    private static Set<String> ids(Collection<Role> held) {
        return held.stream().map(Role::getId).collect(Collectors.toSet());
    }

    /**
     * An admin cannot remove their own way back in (deactivate or delete themself, drop their own ADMIN role), and
     * nobody can remove the last active admin's: 409.
     */
    private void keepAWayBackIn(User target, String actingUserId) {
        boolean targetIsActiveAdmin = isAdmin(target.roles) && target.isActive() && !target.isDeleted();
        if (target.getId().equals(actingUserId) || (targetIsActiveAdmin
                && users.countOtherActiveAdmins(target.getId()) == 0)) {
            throw new ConflictException(LAST_WAY_IN);
        }
    }

    private boolean movePrimaryOrganization(User u, String orgId) {
        return organizations.makePrimary(u.getId(), orgId, u.email);
    }

    @Transactional
    public void delete(String id, String actingUserId) {
        User u = users.getOrThrow(id, NOT_FOUND);
        keepAWayBackIn(u, actingUserId);
        u.softDelete();
        users.saveAndFlush(u);
        tokenVersions.endSessions(u.getId());
    }

    @Transactional
    public UserResponse restore(String id) {
        User u = users.getOrThrow(id, NOT_FOUND);
        u.restore();
        users.saveAndFlush(u);
        return toResponse(u);
    }

    @Transactional
    public void changePassword(String id, String actingUserId, String oldPassword, String newPassword) {
        if (!id.equals(actingUserId)) {
            throw new ForbiddenException("只能修改自己的密码");
        }
        User u = users.getOrThrow(id, NOT_FOUND);
        if (u.getPasswordHash() == null || !encoder.matches(oldPassword, u.getPasswordHash())) {
            throw ValidationException.of("old_password", "原密码错误");
        }
        if (oldPassword.equals(newPassword)) {
            throw ValidationException.of("new_password", "must differ from the old password");
        }
        u.changePassword(encoder.encode(newPassword));
        users.saveAndFlush(u);
        tokenVersions.endSessions(u.getId());
    }

    /** Sets a new password and ends the user's sessions; the caller lifts the login locks of the e-mail. */
    @Transactional
    public String resetPassword(String id, String newPassword) {
        User u = users.getOrThrow(id, NOT_FOUND);
        u.changePassword(encoder.encode(newPassword));
        users.saveAndFlush(u);
        tokenVersions.endSessions(u.getId());
        return u.getEmail();
    }

    @Transactional(readOnly = true)
    public List<RoleResponse> roles(String id) {
        User u = users.getOrThrow(id, NOT_FOUND);
        return roleService.responses(u.roles);
    }

    @Transactional
    public List<RoleResponse> assignRole(String userId, String roleId) {
        User u = users.getOrThrow(userId, NOT_FOUND);
        Role r = roleService.require(roleId);
        if (u.roles.add(r)) {
            users.saveAndFlush(u);
            tokenVersions.endSessions(u.getId());
        }
        return roleService.responses(new ArrayList<>(u.roles));
    }

    @Transactional
    public List<RoleResponse> removeRole(String userId, String roleId, String actingUserId) {
        User u = users.getOrThrow(userId, NOT_FOUND);
        Role r = roleService.require(roleId);
        if (r.isAdmin() && u.roles.contains(r)) {
            keepAWayBackIn(u, actingUserId);
        }
        if (u.roles.removeIf(x -> x.getId().equals(roleId))) {
            users.saveAndFlush(u);
            tokenVersions.endSessions(u.getId());
        }
        return roleService.responses(new ArrayList<>(u.roles));
    }

}

package com.bantu.foundation.role;

import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.foundation.permission.Permission;
import com.bantu.foundation.permission.PermissionInfo;
import com.bantu.foundation.permission.PermissionResponse;
import com.bantu.foundation.permission.PermissionService;
import com.bantu.foundation.permission.UserPermissions;
import com.bantu.foundation.user.TokenVersionService;
import com.bantu.foundation.user.UserDirectoryService;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles, their permission grants and data scopes. Changing a role's grants ends the sessions of every user holding
 * the role (their token version rises), so the new set applies from their next login. ADMIN's set is every active
 * permission and cannot be edited.
 */
@Service
public class RoleService {

    static final String NOT_FOUND = "角色不存在";
    static final String ADMIN_FIXED = "管理员角色拥有全部权限，不可修改";

    private final RoleRepository roles;
    private final PermissionService permissions;
    private final TokenVersionService tokenVersions;
    private final UserDirectoryService users;

    public RoleService(RoleRepository roles, PermissionService permissions, TokenVersionService tokenVersions,
                       UserDirectoryService users) {
        this.roles = roles;
        this.permissions = permissions;
        this.tokenVersions = tokenVersions;
        this.users = users;
    }

    /** What a set of roles grants: effective catalogue codes and the widest data scope (null without roles). */
    public record Access(List<String> codes, String dataScope) {
    }

    @Transactional(readOnly = true)
    public List<RoleResponse> list() {
        return responses(roles.findAllByOrderByCreatedAtDescCodeAsc());
    }

    @Transactional(readOnly = true)
    public RoleResponse get(String id) {
        return response(roles.getOrThrow(id, NOT_FOUND));
    }

    /** Responses for roles a user holds (the user feature's role lists). */
    @Transactional(readOnly = true)
    public List<RoleResponse> responses(Collection<Role> list) {
        List<Permission> all = list.stream().anyMatch(Role::isAdmin) ? permissions.allActive() : List.of();
        return list.stream().map(r -> response(r, all)).toList();
    }

    private RoleResponse response(Role r) {
        return response(r, r.isAdmin() ? permissions.allActive() : List.of());
    }

    private static RoleResponse response(Role r, List<Permission> allActive) {
        List<PermissionResponse> granted = (r.isAdmin() ? allActive
                : r.getPermissions().stream().sorted(PermissionService.ORDER).toList())
                .stream().map(PermissionResponse::of).toList();
        return new RoleResponse(r.getId(), r.getCode(), r.getName(), r.getDescription(), r.getNameZh(),
                r.getNameId(), r.getDescriptionZh(), r.getDescriptionId(), r.getDataScope(), granted,
                r.getCreatedAt(), r.getUpdatedAt());
    }

    @Transactional
    public RoleResponse create(CreateRoleRequest req) {
        String code = req.code().trim().toUpperCase();
        if (roles.existsByCode(code)) {
            throw new ConflictException("角色编码 " + code + " 已存在");
        }
        Role r = new Role();
        r.code = code;
        r.describe(req.name().trim(), req.description(), req.nameZh(), req.nameId(), req.descriptionZh(),
                req.descriptionId());
        if (req.dataScope() != null) {
            r.changeDataScope(req.dataScope());
        }
        if (req.permissions() != null) {
            r.replacePermissions(new LinkedHashSet<>(permissions.byCodes(req.permissions(), "permissions")));
        }
        return response(roles.saveAndFlush(r));
    }

    @Transactional
    public RoleResponse update(String id, UpdateRoleRequest req) {
        Role r = roles.getOrThrow(id, NOT_FOUND);
        boolean accessChanged = false;
        if (req.permissions() != null) {
            if (r.isAdmin()) {
                throw new ConflictException(ADMIN_FIXED);
            }
            Set<Permission> next = new LinkedHashSet<>(permissions.byCodes(req.permissions(), "permissions"));
            accessChanged = !ids(next).equals(ids(r.getPermissions()));
            r.replacePermissions(next);
        }
        if (req.dataScope() != null && !req.dataScope().equals(r.getDataScope())) {
            r.changeDataScope(req.dataScope());
            accessChanged = true;
        }
        r.describe(req.name().trim(), req.description(), req.nameZh(), req.nameId(), req.descriptionZh(),
                req.descriptionId());
        roles.saveAndFlush(r);
        if (accessChanged) {
            tokenVersions.endSessionsOfRole(r.getId());
        }
        return response(r);
    }

    @Transactional
    public void delete(String id) {
        Role r = roles.getOrThrow(id, NOT_FOUND);
        if (Role.PRESET.contains(r.getCode())) {
            throw new ConflictException("预设角色 " + r.getCode() + " 不可删除");
        }
        if (roles.countAssignments(id) > 0) {
            throw new ConflictException("角色 " + r.getCode() + " 仍被用户使用，不可删除");
        }
        roles.delete(r);
    }

    /** The roles with these ids (unknown ids are absent: the caller names them). */
    @Transactional
    public List<Role> byIds(Collection<String> ids) {
        return roles.findByIdIn(ids);
    }

    /** One role, or 404. */
    @Transactional
    public Role require(String id) {
        return roles.getOrThrow(id, NOT_FOUND);
    }

    /** F2: the role's active permissions (ADMIN: every active permission). */
    @Transactional(readOnly = true)
    public List<PermissionResponse> permissions(String roleId) {
        Role r = roles.getOrThrow(roleId, NOT_FOUND);
        List<Permission> granted = r.isAdmin() ? permissions.allActive()
                : r.getPermissions().stream().filter(Permission::isActive).sorted(PermissionService.ORDER).toList();
        return granted.stream().map(PermissionResponse::of).toList();
    }

    /** F3: replaces the role's whole set; ADMIN's cannot be edited (409). Ends the sessions of the role's users. */
    @Transactional
    public void assignPermissions(String roleId, List<String> permissionIds) {
        Role r = roles.getOrThrow(roleId, NOT_FOUND);
        if (r.isAdmin()) {
            throw new ConflictException(ADMIN_FIXED);
        }
        Set<Permission> next = new LinkedHashSet<>(permissions.byIds(permissionIds, "permission_ids"));
        if (ids(next).equals(ids(r.getPermissions()))) {
            return;
        }
        r.replacePermissions(next);
        roles.saveAndFlush(r);
        tokenVersions.endSessionsOfRole(r.getId());
    }

    /** The union of a user's active permissions over their roles (menus are not kept: empty). */
    @Transactional(readOnly = true)
    public UserPermissions userPermissions(String userId) {
        if (users.displayName(userId).isEmpty()) {
            throw new NotFoundException("用户不存在");
        }
        List<Role> held = roles.findByUserId(userId);
        List<Permission> effective = effective(held);
        return new UserPermissions(effective.stream().map(PermissionInfo::of).toList(), List.of());
    }

    /** Effective codes and widest data scope of these roles (what tokens and login carry). */
    @Transactional(readOnly = true)
    public Access access(Collection<Role> held) {
        List<String> codes = effective(held).stream().map(Permission::getCode).sorted().toList();
        String scope = held.stream().map(Role::getDataScope).filter(Role.SCOPES::contains)
                .max((a, b) -> Integer.compare(Role.SCOPES.indexOf(a), Role.SCOPES.indexOf(b))).orElse(null);
        return new Access(codes, scope);
    }

    private List<Permission> effective(Collection<Role> held) {
        if (held.stream().anyMatch(Role::isAdmin)) {
            return permissions.allActive();
        }
        TreeSet<Permission> out = new TreeSet<>(PermissionService.ORDER);
        held.forEach(r -> r.getPermissions().stream().filter(Permission::isActive).forEach(out::add));
        return List.copyOf(out);
    }

    private static Set<String> ids(Collection<Permission> list) {
        return list.stream().map(Permission::getId).collect(Collectors.toSet());
    }
}

package com.bantu.foundation.permission;

import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ValidationException;
import com.bantu.foundation.user.TokenVersionService;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permission catalogue: list (active only unless asked), create, update, and the lookups roles and login use.
 * A change of {@code is_active} changes the effective set of every holder (and of every ADMIN): their sessions end so
 * the next login shows the new set.
 */
@Service
public class PermissionService {

    public static final String NOT_FOUND = "权限不存在";

    private final PermissionRepository permissions;
    private final TokenVersionService tokenVersions;

    public PermissionService(PermissionRepository permissions, TokenVersionService tokenVersions) {
        this.permissions = permissions;
        this.tokenVersions = tokenVersions;
    }

    @Transactional(readOnly = true)
    public List<PermissionResponse> list(String resourceType, Boolean isActive) {
        boolean active = isActive == null || isActive;
        List<Permission> rows = resourceType == null || resourceType.isBlank()
                ? permissions.findByActiveOrderByResourceTypeAscDisplayOrderAscCodeAsc(active)
                : permissions.findByActiveAndResourceTypeOrderByDisplayOrderAscCodeAsc(active, resourceType.trim());
        return rows.stream().map(PermissionResponse::of).toList();
    }

    @Transactional(readOnly = true)
    public PermissionResponse get(String id) {
        return PermissionResponse.of(permissions.getOrThrow(id, NOT_FOUND));
    }

    @Transactional
    public PermissionResponse create(CreatePermissionRequest r) {
        String code = r.code().trim();
        if (permissions.existsByCode(code)) {
            throw new ConflictException("权限编码 " + code + " 已存在");
        }
        Permission p = new Permission();
        p.code = code;
        p.nameZh = r.nameZh().trim();
        p.nameId = r.nameId().trim();
        p.descriptionZh = r.descriptionZh();
        p.descriptionId = r.descriptionId();
        p.resourceType = r.resourceType().trim();
        p.action = r.action().trim();
        p.displayOrder = r.displayOrder() == null ? 0 : r.displayOrder();
        p.active = r.isActive() == null || r.isActive();
        permissions.saveAndFlush(p);
        if (p.active) {
            tokenVersions.endSessionsOfAdmins();
        }
        return PermissionResponse.of(p);
    }

    @Transactional
    public PermissionResponse update(String id, UpdatePermissionRequest r) {
        Permission p = permissions.getOrThrow(id, NOT_FOUND);
        if (r.nameZh() != null) {
            p.nameZh = r.nameZh().trim();
        }
        if (r.nameId() != null) {
            p.nameId = r.nameId().trim();
        }
        if (r.descriptionZh() != null) {
            p.descriptionZh = r.descriptionZh();
        }
        if (r.descriptionId() != null) {
            p.descriptionId = r.descriptionId();
        }
        if (r.resourceType() != null) {
            p.resourceType = r.resourceType().trim();
        }
        if (r.action() != null) {
            p.action = r.action().trim();
        }
        if (r.displayOrder() != null) {
            p.displayOrder = r.displayOrder();
        }
        boolean activeChanged = r.isActive() != null && r.isActive() != p.active;
        if (r.isActive() != null) {
            p.active = r.isActive();
        }
        permissions.saveAndFlush(p);
        if (activeChanged) {
            tokenVersions.endSessionsOfPermissionHolders(p.getId());
            tokenVersions.endSessionsOfAdmins();
        }
        return PermissionResponse.of(p);
    }

    /** The permissions with these ids (duplicates ignored); unknown ids are a 400 naming them. */
    @Transactional(readOnly = true)
    public List<Permission> byIds(Collection<String> ids, String field) {
        return resolve(new LinkedHashSet<>(ids), permissions::findByIdIn, Permission::getId, field);
    }

    /** The permissions with these codes (duplicates ignored); unknown codes are a 400 naming them. */
    @Transactional(readOnly = true)
    public List<Permission> byCodes(Collection<String> codes, String field) {
        return resolve(codes.stream().map(String::trim).collect(Collectors.toCollection(LinkedHashSet::new)),
                permissions::findByCodeIn, Permission::getCode, field);
    }

    private static List<Permission> resolve(Set<String> wanted, Function<Set<String>, List<Permission>> finder,
                                            Function<Permission, String> key, String field) {
        List<Permission> found = finder.apply(wanted);
        if (found.size() != wanted.size()) {
            Set<String> known = found.stream().map(key).collect(Collectors.toSet());
            throw ValidationException.of(field, "权限不存在: "
                    + wanted.stream().filter(k -> !known.contains(k)).collect(Collectors.joining(", ")));
        }
        return found;
    }

    /** Every active permission, catalogue order (ADMIN's effective set). */
    @Transactional(readOnly = true)
    public List<Permission> allActive() {
        return permissions.findByActiveOrderByResourceTypeAscDisplayOrderAscCodeAsc(true);
    }

    /** Catalogue order: resource type, display order, code. */
    public static final Comparator<Permission> ORDER = Comparator.comparing(Permission::getResourceType)
            .thenComparingInt(Permission::getDisplayOrder).thenComparing(Permission::getCode);
}

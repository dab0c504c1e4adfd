package com.bantu.foundation.user;

import com.bantu.foundation.role.RoleInfo;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public record UserResponse(String id, String username, String email, String phone, String displayName,
                           String avatarUrl, String bio, String gender, String address, String contactPhone,
                           String whatsapp, String wechat, String primaryOrganizationId,
                           String primaryOrganizationName, boolean isActive, LocalDateTime lastLoginAt,
                           List<RoleInfo> roles, LocalDateTime deletedAt, LocalDateTime createdAt,
                           LocalDateTime updatedAt) {

    /** Roles are listed by id in every answer, whichever way they were read. */
    private static final Comparator<RoleInfo> BY_ID = Comparator.comparing(RoleInfo::id);

    /** From the rows of {@link UserRepository#responseRows} (not empty): roles once each, the first organization. */
    static UserResponse of(List<UserRow> rows) {
        UserRow u = rows.get(0);
        Map<String, RoleInfo> roles = new LinkedHashMap<>();
        for (UserRow r : rows) {
            if (r.roleId() != null) {
                roles.putIfAbsent(r.roleId(), new RoleInfo(r.roleId(), r.roleCode(), r.roleName()));
            }
        }
        return new UserResponse(u.id(), u.username(), u.email(), u.phone(), u.displayName(), u.avatarUrl(), u.bio(),
                u.gender(), u.address(), u.contactPhone(), u.whatsapp(), u.wechat(), u.organizationId(),
                u.organizationName(), u.active(), u.lastLoginAt(), roles.values().stream().sorted(BY_ID).toList(),
                u.deletedAt(), u.createdAt(), u.updatedAt());
    }

    static UserResponse of(User u, String orgId, String orgName) {
        return new UserResponse(u.getId(), u.username, u.email, u.phone, u.displayName, u.avatarUrl, u.bio,
                u.gender, u.address, u.contactPhone, u.whatsapp, u.wechat, orgId, orgName, u.isActive(),
                u.lastLoginAt, u.roles.stream().map(RoleInfo::of).sorted(BY_ID).toList(), u.getDeletedAt(),
                u.getCreatedAt(), u.getUpdatedAt());
    }
}

package com.bantu.foundation.user;

import com.bantu.foundation.role.RoleInfo;
import java.time.LocalDateTime;
import java.util.List;

public record UserResponse(String id, String username, String email, String phone, String displayName,
                           String avatarUrl, String bio, String gender, String address, String contactPhone,
                           String whatsapp, String wechat, String primaryOrganizationId,
                           String primaryOrganizationName, boolean isActive, LocalDateTime lastLoginAt,
                           List<RoleInfo> roles, LocalDateTime deletedAt, LocalDateTime createdAt,
                           LocalDateTime updatedAt) {

    static UserResponse of(User u, String orgId, String orgName) {
        return new UserResponse(u.getId(), u.username, u.email, u.phone, u.displayName, u.avatarUrl, u.bio,
                u.gender, u.address, u.contactPhone, u.whatsapp, u.wechat, orgId, orgName, u.isActive(),
                u.lastLoginAt, u.roles.stream().map(RoleInfo::of).toList(), u.getDeletedAt(), u.getCreatedAt(),
                u.getUpdatedAt());
    }
}

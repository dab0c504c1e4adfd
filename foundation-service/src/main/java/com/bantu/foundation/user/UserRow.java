package com.bantu.foundation.user;

import java.time.LocalDateTime;

/**
 * One row of {@link UserRepository#responseRows}: a user's response fields, its active primary organization (or
 * nulls) and one of its roles (or nulls when it holds none).
 */
public record UserRow(String id, String username, String email, String phone, String displayName, String avatarUrl,
                      String bio, String gender, String address, String contactPhone, String whatsapp, String wechat,
                      boolean active, LocalDateTime lastLoginAt, LocalDateTime deletedAt, LocalDateTime createdAt,
                      LocalDateTime updatedAt, String organizationId, String organizationName, String roleId,
                      String roleCode, String roleName) {
}

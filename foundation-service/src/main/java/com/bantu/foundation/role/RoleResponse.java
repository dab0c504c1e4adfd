package com.bantu.foundation.role;

import com.bantu.foundation.permission.PermissionResponse;
import java.time.LocalDateTime;
import java.util.List;

/** {@code permissions}: the granted Permission objects (ADMIN: every active permission). */
public record RoleResponse(String id, String code, String name, String description, String nameZh,
                           String nameId, String descriptionZh, String descriptionId, String dataScope,
                           List<PermissionResponse> permissions, LocalDateTime createdAt,
                           LocalDateTime updatedAt) {
}

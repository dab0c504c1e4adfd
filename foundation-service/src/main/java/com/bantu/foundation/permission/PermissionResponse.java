package com.bantu.foundation.permission;

import java.time.LocalDateTime;

public record PermissionResponse(String id, String code, String nameZh, String nameId, String descriptionZh,
                                 String descriptionId, String resourceType, String action, int displayOrder,
                                 boolean isActive, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public static PermissionResponse of(Permission p) {
        return new PermissionResponse(p.getId(), p.code, p.nameZh, p.nameId, p.descriptionZh, p.descriptionId,
                p.resourceType, p.action, p.displayOrder, p.active, p.getCreatedAt(), p.getUpdatedAt());
    }
}

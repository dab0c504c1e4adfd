package com.bantu.foundation.permission;

import jakarta.validation.constraints.Size;

public record UpdatePermissionRequest(
        @Size(min = 1, max = 255) String nameZh,
        @Size(min = 1, max = 255) String nameId,
        String descriptionZh,
        String descriptionId,
        @Size(min = 1, max = 50) String resourceType,
        @Size(min = 1, max = 50) String action,
        Integer displayOrder,
        Boolean isActive) {
}

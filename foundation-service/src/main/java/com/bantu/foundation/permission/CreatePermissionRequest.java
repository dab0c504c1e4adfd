package com.bantu.foundation.permission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CreatePermissionRequest(
        @NotBlank @Size(min = 1, max = 100) String code,
        @NotBlank @Size(min = 1, max = 255) String nameZh,
        @NotBlank @Size(min = 1, max = 255) String nameId,
        String descriptionZh,
        String descriptionId,
        @NotBlank @Size(min = 1, max = 50) String resourceType,
        @NotBlank @Size(min = 1, max = 50) String action,
        Integer displayOrder,
        Boolean isActive) {
}

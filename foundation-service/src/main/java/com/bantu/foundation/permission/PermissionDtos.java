package com.bantu.foundation.permission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

public final class PermissionDtos {

    private PermissionDtos() {
    }

    public record PermissionResponse(String id, String code, String nameZh, String nameId, String descriptionZh,
                                     String descriptionId, String resourceType, String action, int displayOrder,
                                     boolean isActive, LocalDateTime createdAt, LocalDateTime updatedAt) {

        public static PermissionResponse of(Permission p) {
            return new PermissionResponse(p.getId(), p.code, p.nameZh, p.nameId, p.descriptionZh, p.descriptionId,
                    p.resourceType, p.action, p.displayOrder, p.active, p.getCreatedAt(), p.getUpdatedAt());
        }
    }

    /** The short form in a user's permission info. */
    public record PermissionInfo(String id, String code, String nameZh, String nameId, String resourceType,
                                 String action) {

        public static PermissionInfo of(Permission p) {
            return new PermissionInfo(p.getId(), p.code, p.nameZh, p.nameId, p.resourceType, p.action);
        }
    }

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

    public record AssignPermissionsRequest(@NotNull List<@NotBlank String> permissionIds) {
    }

    /** A user's permissions (union over their roles). Menus are not kept by this port: always empty. */
    public record UserPermissions(List<PermissionInfo> permissions, List<Object> menus) {
    }
}

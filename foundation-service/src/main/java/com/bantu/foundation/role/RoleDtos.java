package com.bantu.foundation.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

public final class RoleDtos {

    private RoleDtos() {
    }

    public record CreateRoleRequest(
            @NotBlank @Size(min = 1, max = 50) @Pattern(regexp = "^[A-Za-z0-9_\\-]+$",
                    message = "only letters, digits, _ and -") String code,
            @NotBlank @Size(min = 1, max = 255) String name,
            String description,
            List<@NotBlank @Size(max = 100) String> permissions) {
    }

    public record UpdateRoleRequest(
            @NotBlank @Size(min = 1, max = 255) String name,
            String description,
            List<@NotBlank @Size(max = 100) String> permissions) {
    }

    public record RoleResponse(String id, String code, String name, String description, List<String> permissions,
                               LocalDateTime createdAt, LocalDateTime updatedAt) {

        public static RoleResponse of(Role r) {
            return new RoleResponse(r.getId(), r.getCode(), r.getName(), r.getDescription(),
                    List.copyOf(r.getPermissions()), r.getCreatedAt(), r.getUpdatedAt());
        }
    }

    /** The short form embedded in user responses. */
    public record RoleInfo(String id, String code, String name) {

        public static RoleInfo of(Role r) {
            return new RoleInfo(r.getId(), r.getCode(), r.getName());
        }
    }
}

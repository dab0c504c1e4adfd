package com.bantu.foundation.role;

import com.bantu.foundation.permission.PermissionDtos.PermissionResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

public final class RoleDtos {

    private RoleDtos() {
    }

    static final String SCOPES = "^(own|org|org_and_children|all)$";
    static final String SCOPE_MESSAGE = "must be one of own, org, org_and_children, all";

    /** {@code permissions}: catalogue codes ({@code customer.view}); unknown codes are a 400. */
    public record CreateRoleRequest(
            @NotBlank @Size(min = 1, max = 50) @Pattern(regexp = "^[A-Za-z0-9_\\-]+$",
                    message = "only letters, digits, _ and -") String code,
            @NotBlank @Size(min = 1, max = 255) String name,
            String description,
            List<@NotBlank @Size(max = 100) String> permissions,
            @Size(max = 255) String nameZh,
            @Size(max = 255) String nameId,
            String descriptionZh,
            String descriptionId,
            @Pattern(regexp = SCOPES, message = SCOPE_MESSAGE) String dataScope) {
    }

    public record UpdateRoleRequest(
            @NotBlank @Size(min = 1, max = 255) String name,
            String description,
            List<@NotBlank @Size(max = 100) String> permissions,
            @Size(max = 255) String nameZh,
            @Size(max = 255) String nameId,
            String descriptionZh,
            String descriptionId,
            @Pattern(regexp = SCOPES, message = SCOPE_MESSAGE) String dataScope) {
    }

    /** {@code permissions}: the granted Permission objects (ADMIN: every active permission). */
    public record RoleResponse(String id, String code, String name, String description, String nameZh,
                               String nameId, String descriptionZh, String descriptionId, String dataScope,
                               List<PermissionResponse> permissions, LocalDateTime createdAt,
                               LocalDateTime updatedAt) {
    }

    /** The short form embedded in user responses. */
    public record RoleInfo(String id, String code, String name) {

        public static RoleInfo of(Role r) {
            return new RoleInfo(r.getId(), r.getCode(), r.getName());
        }
    }
}

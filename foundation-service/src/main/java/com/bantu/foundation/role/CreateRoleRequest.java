package com.bantu.foundation.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

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

    static final String SCOPES = "^(own|org|org_and_children|all)$";
    static final String SCOPE_MESSAGE = "must be one of own, org, org_and_children, all";
}

package com.bantu.foundation.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record UpdateRoleRequest(
        @NotBlank @Size(min = 1, max = 255) String name,
        String description,
        List<@NotBlank @Size(max = 100) String> permissions,
        @Size(max = 255) String nameZh,
        @Size(max = 255) String nameId,
        String descriptionZh,
        String descriptionId,
        @Pattern(regexp = CreateRoleRequest.SCOPES, message = CreateRoleRequest.SCOPE_MESSAGE) String dataScope) {
}

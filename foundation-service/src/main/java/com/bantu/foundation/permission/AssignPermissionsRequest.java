package com.bantu.foundation.permission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

public record AssignPermissionsRequest(@NotNull List<@NotBlank String> permissionIds) {
}

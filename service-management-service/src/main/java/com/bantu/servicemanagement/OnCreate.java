package com.bantu.servicemanagement;

import jakarta.validation.groups.Default;

/**
 * Validation group of a create. Each resource has one request record for create and partial update: its fields are
 * optional and carry their format checks (the default group); the fields a create needs carry
 * {@code @NotBlank(groups = OnCreate.class)} or {@code @NotNull(groups = OnCreate.class)}. A controller validates a
 * POST body with {@code @Validated(OnCreate.class)} (this group extends {@link Default}, so the format checks run
 * too) and a PUT body with {@code @Valid}.
 */
public interface OnCreate extends Default {
}

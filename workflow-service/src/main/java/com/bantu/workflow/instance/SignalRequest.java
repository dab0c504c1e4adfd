package com.bantu.workflow.instance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * From business-service when an ADMIN moves a submitted order with the SPA's status button: completes the open
 * review on behalf of {@code actor_id} (roles {@code actor_roles}, ADMIN when absent) with the same checks as the
 * task API. {@code cancelled} is taken as {@code rejected}.
 */
public record SignalRequest(
        @NotBlank @Pattern(regexp = "approved|rejected|cancelled", message = "must be approved or rejected")
        String outcome,
        @NotBlank @Size(max = 36) String actorId,
        List<String> actorRoles,
        @Size(max = 2000) String comment) {
}

package com.bantu.workflow.instance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** From another service: idempotent on (definition_code, business_type, business_id). */
public record InternalStartRequest(@NotBlank @Size(max = 100) String definitionCode,
                                   @NotBlank @Size(max = 50) String businessType,
                                   @NotBlank @Size(max = 64) String businessId,
                                   Map<String, Object> variables,
                                   @Size(max = 36) String startedBy) {
}

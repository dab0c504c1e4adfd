package com.bantu.workflow.instance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Start by {@code definition_code} (its newest version) or {@code workflow_definition_id} (that version). */
public record StartRequest(@Size(max = 100) String definitionCode, @Size(max = 64) String workflowDefinitionId,
                           @NotBlank @Size(max = 50) String businessType,
                           @NotBlank @Size(max = 64) String businessId,
                           Map<String, Object> variables) {
}

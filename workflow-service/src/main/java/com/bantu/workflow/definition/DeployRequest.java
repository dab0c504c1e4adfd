package com.bantu.workflow.definition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new definition version; {@code code} is the BPMN process id (the key new versions share). */
public record DeployRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{1,99}", message = "must be lower case letters, digits and _")
        String code,
        @NotBlank @Size(max = 255) String nameZh,
        @NotBlank @Size(max = 255) String nameId,
        @Size(max = 5000) String descriptionZh,
        @Size(max = 5000) String descriptionId,
        @NotBlank @Size(max = 50) String workflowType,
        @NotBlank @Size(max = 1_000_000) String bpmnXml) {
}

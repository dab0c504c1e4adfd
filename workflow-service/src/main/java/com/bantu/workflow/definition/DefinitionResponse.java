package com.bantu.workflow.definition;

import java.time.LocalDateTime;

public record DefinitionResponse(String id, String code, String name, String nameZh, String nameId,
                                 String description, String descriptionZh, String descriptionId,
                                 String workflowType, int version, boolean isActive, String deploymentId,
                                 String createdBy, String updatedBy, LocalDateTime createdAt,
                                 LocalDateTime updatedAt, String bpmnXml) {
}

package com.bantu.workflow.definition;

import java.time.LocalDateTime;

/** A row of {@code workflow_definitions}: one deployed version of a process ({@code id} = Flowable's id). */
public record Definition(String id, String code, int version, String nameZh, String nameId, String descriptionZh,
                         String descriptionId, String workflowType, boolean isActive, String createdBy,
                         String updatedBy, LocalDateTime createdAt, LocalDateTime updatedAt) {
}

package com.bantu.workflow.instance;

import java.time.LocalDateTime;

/**
 * Our row for one process instance ({@code workflow_instances}): the business object it approves, who may see it
 * (sales user, current candidate group and assignee, kept current by the process listeners) and how it ended.
 * Status: running, suspended, completed, cancelled; result (completed only): approved or rejected.
 */
public record WorkflowInstance(String id, String definitionCode, String processDefinitionId, String processInstanceId,
                               String businessType, String businessId, String status, String result,
                               String currentStage, String currentGroup, String currentAssignee, String salesUserId,
                               String organizationId, String startedBy, LocalDateTime startedAt,
                               LocalDateTime completedAt, String endReason, String variables,
                               LocalDateTime createdAt, LocalDateTime updatedAt) {

    public static final String RUNNING = "running";
    public static final String SUSPENDED = "suspended";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";

    public boolean isOpen() {
        return RUNNING.equals(status) || SUSPENDED.equals(status);
    }
}

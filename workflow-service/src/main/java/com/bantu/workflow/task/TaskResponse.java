package com.bantu.workflow.task;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A review. Status: pending (open to its candidate group), in_progress (claimed or assigned), completed,
 * cancelled (its instance was cancelled). {@code outcome}, {@code comment} and {@code completed_by} are the audit.
 */
public record TaskResponse(String id, String workflowInstanceId, String businessType, String businessId,
                           String taskName, String taskCode, String taskType, String assignedToUserId,
                           String assignedToRole, String status, LocalDateTime dueDate,
                           LocalDateTime completedAt, String completedBy, String outcome, String comment,
                           Map<String, Object> variables, LocalDateTime createdAt, LocalDateTime updatedAt) {
}

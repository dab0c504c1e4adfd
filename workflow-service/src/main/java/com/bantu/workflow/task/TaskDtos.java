package com.bantu.workflow.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Map;

public final class TaskDtos {

    private TaskDtos() {
    }

    public record AssignRequest(@NotBlank @Size(max = 36) String userId) {
    }

    public record CompleteRequest(
            @NotBlank @Pattern(regexp = "approved|rejected", message = "must be approved or rejected") String outcome,
            @Size(max = 2000) String comment,
            Map<String, Object> variables) {
    }

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
}

package com.bantu.workflow.instance;

import com.bantu.workflow.task.TaskDtos.TaskResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

public final class InstanceDtos {

    private InstanceDtos() {
    }

    /** Start by {@code definition_code} (its newest version) or {@code workflow_definition_id} (that version). */
    public record StartRequest(@Size(max = 100) String definitionCode, @Size(max = 64) String workflowDefinitionId,
                               @NotBlank @Size(max = 50) String businessType,
                               @NotBlank @Size(max = 64) String businessId,
                               Map<String, Object> variables) {
    }

    /** From another service: idempotent on (definition_code, business_type, business_id). */
    public record InternalStartRequest(@NotBlank @Size(max = 100) String definitionCode,
                                       @NotBlank @Size(max = 50) String businessType,
                                       @NotBlank @Size(max = 64) String businessId,
                                       Map<String, Object> variables,
                                       @Size(max = 36) String startedBy) {
    }

    public record CancelRequest(@Size(max = 2000) String reason) {
    }

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

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record InstanceResponse(String id, String workflowDefinitionId, String workflowDefinitionName,
                                   String definitionCode, String businessType, String businessId,
                                   String currentStage, String currentStageName, String status, String result,
                                   String startedBy, LocalDateTime startedAt, LocalDateTime completedAt,
                                   String endReason, Map<String, Object> variables, LocalDateTime createdAt,
                                   LocalDateTime updatedAt,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) List<TaskResponse> tasks,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) List<TransitionResponse> transitions) {
    }

    /** One step of an instance: an activity that finished, where it led, who triggered it and their comment. */
    public record TransitionResponse(String id, String workflowInstanceId, String fromStage, String toStage,
                                     String transitionCondition, String triggeredBy, LocalDateTime triggeredAt,
                                     String notes, LocalDateTime createdAt) {
    }
}

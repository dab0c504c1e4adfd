package com.bantu.workflow.instance;

import com.bantu.workflow.task.TaskResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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

package com.bantu.workflow.instance;

import java.time.LocalDateTime;

/** One step of an instance: an activity that finished, where it led, who triggered it and their comment. */
public record TransitionResponse(String id, String workflowInstanceId, String fromStage, String toStage,
                                 String transitionCondition, String triggeredBy, LocalDateTime triggeredAt,
                                 String notes, LocalDateTime createdAt) {
}

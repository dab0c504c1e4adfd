package com.bantu.business.internal;

import java.time.LocalDateTime;

/**
 * workflow-service's {@code approval.overdue} (version 1): a review stayed open past its due date. Addressed to the
 * user who claimed the review ({@code assigneeId}) or else to every holder of {@code candidateGroup} (a role).
 */
public record ApprovalOverdueV1(String instanceId, String businessType, String businessId, String orderNumber,
                                String taskCode, String candidateGroup, String assigneeId, LocalDateTime overdueAt) {
}

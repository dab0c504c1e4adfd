package com.bantu.workflow.internal;

import com.bantu.common.events.IntegrationEvent;
import java.time.LocalDateTime;

/**
 * Version 1 of {@code approval.overdue}: a review stayed open past its due date. Addressed to the members of
 * {@code candidateGroup} (or the assignee when one claimed it); business-service turns it into notifications.
 */
public record ApprovalOverdueV1(String instanceId, String businessType, String businessId,
                                String orderNumber, String taskCode, String candidateGroup, String assigneeId,
                                LocalDateTime overdueAt) implements IntegrationEvent {

    @Override
    public String type() {
        return "approval.overdue";
    }
}

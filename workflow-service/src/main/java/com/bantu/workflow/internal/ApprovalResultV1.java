package com.bantu.workflow.internal;

import com.bantu.common.events.IntegrationEvent;
import java.time.LocalDateTime;

/**
 * Version 1 of the payload announcing how an approval ended: type {@code approval.approved}, {@code approval.rejected}
 * or {@code approval.cancelled}. {@code actorId} decided it (the last reviewer, or who cancelled it), {@code comment}
 * is their comment or the cancel reason. business-service moves the order on it.
 */
public record ApprovalResultV1(String instanceId, String definitionCode, String businessType,
                               String businessId, String outcome, String actorId, String comment,
                               LocalDateTime decidedAt) implements IntegrationEvent {

    @Override
    public String type() {
        return "approval." + outcome;
    }
}

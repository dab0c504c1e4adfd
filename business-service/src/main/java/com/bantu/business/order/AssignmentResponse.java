package com.bantu.business.order;

import java.time.LocalDateTime;

public record AssignmentResponse(String id, String orderId, String assignedToUserId, String assignedByUserId,
                                 String assignmentType, boolean isPrimary, LocalDateTime assignedAt,
                                 LocalDateTime unassignedAt, String notes) {
    static AssignmentResponse of(OrderAssignment a) {
        return new AssignmentResponse(a.getId(), a.orderId, a.assignedToUserId, a.assignedByUserId,
                a.assignmentType, a.isPrimary, a.assignedAt, a.unassignedAt, a.notes);
    }
}

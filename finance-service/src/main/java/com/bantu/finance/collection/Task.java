package com.bantu.finance.collection;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** BE's task shape plus the port's audit of completion, cancellation and reminders. */
public record Task(String id, String orderId, String orderNumber, String paymentStageId, String taskType,
                   String status, LocalDate dueDate, int reminderCount, LocalDateTime lastRemindedAt,
                   String notes, String assignedToUserId, String completedBy, LocalDateTime completedAt,
                   String cancelReason, LocalDateTime cancelledAt, String createdBy, LocalDateTime createdAt,
                   LocalDateTime updatedAt) {

    static Task of(CollectionTask t) {
        return of(t, t.getOrder());
    }

    static Task of(CollectionTask t, com.bantu.finance.order.FinanceOrder o) {
        return new Task(t.getId(), t.getOrderId(), o == null ? null : o.getOrderNumber(),
                t.getPaymentStageId(), t.getTaskType(), t.getStatus(), t.getDueDate(), t.getReminderCount(),
                t.getLastRemindedAt(), t.getNotes(), t.getAssignedToUserId(), t.getCompletedBy(),
                t.getCompletedAt(), t.getCancelReason(), t.getCancelledAt(), t.getCreatedBy(), t.getCreatedAt(),
                t.getUpdatedAt());
    }
}

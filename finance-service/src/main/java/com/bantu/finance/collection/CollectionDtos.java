package com.bantu.finance.collection;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

public final class CollectionDtos {

    private CollectionDtos() {
    }

    public record CreateRequest(@Size(max = 36) String paymentStageId,
                                @Pattern(regexp = "manual|auto", message = "must be manual or auto") String taskType,
                                LocalDate dueDate,
                                @Size(max = 5000) String notes,
                                @Size(max = 36) String assignedToUserId) {
    }

    public record UpdateRequest(@Pattern(regexp = "pending|in_progress|completed|cancelled",
                                        message = "must be one of pending, in_progress, completed, cancelled")
                                String status,
                                LocalDate dueDate,
                                @Size(max = 5000) String notes,
                                @Size(max = 36) String assignedToUserId) {
    }

    public record RemindRequest(@Size(max = 50) String channel, @Size(max = 5000) String notes) {
    }

    public record CancelRequest(@Size(max = 2000) String reason) {
    }

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

    /** Sent to business-service's notifications after the transaction that made it commits. */
    public record Notify(String userId, String title, String content, String taskId) {
    }
}

package com.bantu.finance.collection;

import com.bantu.common.persistence.BaseEntity;
import com.bantu.finance.order.FinanceOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A collection (dunning) task for an order or one of its stages: pending → in_progress → completed, or cancelled.
 * Fields are package-private: the collection package writes them (state through {@link #complete} and {@link #cancel});
 * other packages read through the getters.
 */
@Entity
@Table(name = "collection_tasks")
public class CollectionTask extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", insertable = false, updatable = false)
    FinanceOrder order;

    @Column(name = "order_id", nullable = false)
    String orderId;
    @Column(name = "payment_stage_id")
    String paymentStageId;
    @Column(name = "task_type", nullable = false)
    String taskType;
    @Column(name = "status", nullable = false)
    String status = "pending";
    @Column(name = "due_date")
    LocalDate dueDate;
    @Column(name = "reminder_count", nullable = false)
    int reminderCount;
    @Column(name = "last_reminded_at")
    LocalDateTime lastRemindedAt;
    @Column(name = "notes")
    String notes;
    @Column(name = "assigned_to_user_id")
    String assignedToUserId;
    @Column(name = "auto_key")
    String autoKey;
    @Column(name = "completed_by")
    String completedBy;
    @Column(name = "completed_at")
    LocalDateTime completedAt;
    @Column(name = "cancel_reason")
    String cancelReason;
    @Column(name = "cancelled_at")
    LocalDateTime cancelledAt;
    @Column(name = "created_by")
    String createdBy;

    public FinanceOrder getOrder() {
        return order;
    }

    public String getOrderId() {
        return orderId;
    }


    public String getPaymentStageId() {
        return paymentStageId;
    }


    public String getTaskType() {
        return taskType;
    }


    public String getStatus() {
        return status;
    }


    public LocalDate getDueDate() {
        return dueDate;
    }


    public int getReminderCount() {
        return reminderCount;
    }


    public LocalDateTime getLastRemindedAt() {
        return lastRemindedAt;
    }


    public String getNotes() {
        return notes;
    }


    public String getAssignedToUserId() {
        return assignedToUserId;
    }


    public String getAutoKey() {
        return autoKey;
    }


    public String getCompletedBy() {
        return completedBy;
    }


    public LocalDateTime getCompletedAt() {
        return completedAt;
    }


    public String getCancelReason() {
        return cancelReason;
    }


    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }


    public String getCreatedBy() {
        return createdBy;
    }

    /** Done: who completed it and when are kept. */
    void complete(String by, LocalDateTime at) {
        status = "completed";
        completedBy = by;
        completedAt = at;
    }

    /** Cancelled (by a user, or because its stage or order was): the reason and time are kept. */
    void cancel(String reason, LocalDateTime at) {
        status = "cancelled";
        cancelReason = reason;
        cancelledAt = at;
    }
}

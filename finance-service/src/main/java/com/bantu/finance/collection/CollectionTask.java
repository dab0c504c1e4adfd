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

/** A collection (dunning) task for an order or one of its stages: pending → in_progress → completed, or cancelled. */
@Entity
@Table(name = "collection_tasks")
public class CollectionTask extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", insertable = false, updatable = false)
    private FinanceOrder order;

    @Column(name = "order_id", nullable = false)
    private String orderId;
    @Column(name = "payment_stage_id")
    private String paymentStageId;
    @Column(name = "task_type", nullable = false)
    private String taskType;
    @Column(name = "status", nullable = false)
    private String status = "pending";
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;
    @Column(name = "last_reminded_at")
    private LocalDateTime lastRemindedAt;
    @Column(name = "notes")
    private String notes;
    @Column(name = "assigned_to_user_id")
    private String assignedToUserId;
    @Column(name = "auto_key")
    private String autoKey;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "completed_at")
    private LocalDateTime completedAt;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;
    @Column(name = "created_by")
    private String createdBy;

    public FinanceOrder getOrder() {
        return order;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getPaymentStageId() {
        return paymentStageId;
    }

    public void setPaymentStageId(String paymentStageId) {
        this.paymentStageId = paymentStageId;
    }

    public String getTaskType() {
        return taskType;
    }

    public void setTaskType(String taskType) {
        this.taskType = taskType;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public int getReminderCount() {
        return reminderCount;
    }

    public void setReminderCount(int reminderCount) {
        this.reminderCount = reminderCount;
    }

    public LocalDateTime getLastRemindedAt() {
        return lastRemindedAt;
    }

    public void setLastRemindedAt(LocalDateTime lastRemindedAt) {
        this.lastRemindedAt = lastRemindedAt;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getAssignedToUserId() {
        return assignedToUserId;
    }

    public void setAssignedToUserId(String assignedToUserId) {
        this.assignedToUserId = assignedToUserId;
    }

    public String getAutoKey() {
        return autoKey;
    }

    public void setAutoKey(String autoKey) {
        this.autoKey = autoKey;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public void setCompletedBy(String completedBy) {
        this.completedBy = completedBy;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(LocalDateTime completedAt) {
        this.completedAt = completedAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public void setCancelledAt(LocalDateTime cancelledAt) {
        this.cancelledAt = cancelledAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

}

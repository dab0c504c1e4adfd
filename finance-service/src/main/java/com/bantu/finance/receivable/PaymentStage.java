package com.bantu.finance.receivable;

import com.bantu.common.persistence.BaseEntity;
import com.bantu.finance.order.FinanceOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stage of an order's receivable plan. {@code paid_amount}, {@code remaining_amount}, {@code status} and
 * {@code payment_status} are derived from the stage's confirmed payments by {@link StageLedger}, never set by a client.
 * Fields are package-private: the receivable package writes them; other packages read through the getters and change
 * state only through {@link #cancel} and {@link #fallDue}.
 */
@Entity
@Table(name = "payment_stages")
public class PaymentStage extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", insertable = false, updatable = false)
    FinanceOrder order;

    @Column(name = "order_id", nullable = false)
    String orderId;
    @Column(name = "order_number")
    String orderNumber;
    @Column(name = "service_record_id")
    String serviceRecordId;
    @Column(name = "stage_number", nullable = false)
    Integer stageNumber;
    @Column(name = "stage_name")
    String stageName;
    @Column(name = "stage_description")
    String stageDescription;
    @Column(name = "amount", nullable = false)
    BigDecimal amount;
    @Column(name = "paid_amount", nullable = false)
    BigDecimal paidAmount = BigDecimal.ZERO.setScale(2);
    @Column(name = "remaining_amount", nullable = false)
    BigDecimal remainingAmount;
    @Column(name = "currency_code", nullable = false)
    String currencyCode;
    @Column(name = "payment_condition")
    String paymentCondition;
    @Column(name = "payment_trigger")
    String paymentTrigger;
    @Column(name = "trigger_date")
    LocalDate triggerDate;
    @Column(name = "trigger_milestone")
    String triggerMilestone;
    @Column(name = "due_date")
    LocalDate dueDate;
    @Column(name = "expected_payment_date")
    LocalDate expectedPaymentDate;
    @Column(name = "actual_payment_date")
    LocalDate actualPaymentDate;
    @Column(name = "status", nullable = false)
    String status = "pending";
    @Column(name = "payment_status", nullable = false)
    String paymentStatus = "unpaid";
    @Column(name = "finance_record_id")
    String financeRecordId;
    @Column(name = "finance_sync_status", nullable = false)
    String financeSyncStatus = "pending";
    @Column(name = "finance_sync_at")
    LocalDateTime financeSyncAt;
    @Column(name = "finance_sync_error")
    String financeSyncError;
    @Column(name = "invoice_number")
    String invoiceNumber;
    @Column(name = "invoice_date")
    LocalDate invoiceDate;
    @Column(name = "invoice_url")
    String invoiceUrl;
    @Column(name = "notes")
    String notes;
    @Column(name = "internal_notes")
    String internalNotes;
    @Column(name = "cancel_reason")
    String cancelReason;
    @Column(name = "cancelled_at")
    LocalDateTime cancelledAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "updated_by")
    String updatedBy;

    public FinanceOrder getOrder() {
        return order;
    }

    public String getOrderId() {
        return orderId;
    }


    public String getOrderNumber() {
        return orderNumber;
    }


    public String getServiceRecordId() {
        return serviceRecordId;
    }


    public Integer getStageNumber() {
        return stageNumber;
    }


    public String getStageName() {
        return stageName;
    }


    public String getStageDescription() {
        return stageDescription;
    }


    public BigDecimal getAmount() {
        return amount;
    }


    public BigDecimal getPaidAmount() {
        return paidAmount;
    }


    public BigDecimal getRemainingAmount() {
        return remainingAmount;
    }


    public String getCurrencyCode() {
        return currencyCode;
    }


    public String getPaymentCondition() {
        return paymentCondition;
    }


    public String getPaymentTrigger() {
        return paymentTrigger;
    }


    public LocalDate getTriggerDate() {
        return triggerDate;
    }


    public String getTriggerMilestone() {
        return triggerMilestone;
    }


    public LocalDate getDueDate() {
        return dueDate;
    }


    public LocalDate getExpectedPaymentDate() {
        return expectedPaymentDate;
    }


    public LocalDate getActualPaymentDate() {
        return actualPaymentDate;
    }


    public String getStatus() {
        return status;
    }


    public String getPaymentStatus() {
        return paymentStatus;
    }


    public String getFinanceRecordId() {
        return financeRecordId;
    }


    public String getFinanceSyncStatus() {
        return financeSyncStatus;
    }


    public LocalDateTime getFinanceSyncAt() {
        return financeSyncAt;
    }


    public String getFinanceSyncError() {
        return financeSyncError;
    }


    public String getInvoiceNumber() {
        return invoiceNumber;
    }


    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }


    public String getInvoiceUrl() {
        return invoiceUrl;
    }


    public String getNotes() {
        return notes;
    }


    public String getInternalNotes() {
        return internalNotes;
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


    public String getUpdatedBy() {
        return updatedBy;
    }

    /** Cancels the stage (its order or a user cancelled it); the reason and time are kept. */
    public void cancel(String reason, LocalDateTime at) {
        status = "cancelled";
        cancelReason = reason;
        cancelledAt = at;
    }

    /** The stage's trigger happened (order completed, milestone reached): it falls due on {@code due}. */
    public void fallDue(LocalDate due) {
        dueDate = due;
    }
}

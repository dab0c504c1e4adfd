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
 */
@Entity
@Table(name = "payment_stages")
public class PaymentStage extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", insertable = false, updatable = false)
    private FinanceOrder order;

    @Column(name = "order_id", nullable = false)
    private String orderId;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "service_record_id")
    private String serviceRecordId;
    @Column(name = "stage_number", nullable = false)
    private Integer stageNumber;
    @Column(name = "stage_name")
    private String stageName;
    @Column(name = "stage_description")
    private String stageDescription;
    @Column(name = "amount", nullable = false)
    private BigDecimal amount;
    @Column(name = "paid_amount", nullable = false)
    private BigDecimal paidAmount = BigDecimal.ZERO.setScale(2);
    @Column(name = "remaining_amount", nullable = false)
    private BigDecimal remainingAmount;
    @Column(name = "currency_code", nullable = false)
    private String currencyCode;
    @Column(name = "payment_condition")
    private String paymentCondition;
    @Column(name = "payment_trigger")
    private String paymentTrigger;
    @Column(name = "trigger_date")
    private LocalDate triggerDate;
    @Column(name = "trigger_milestone")
    private String triggerMilestone;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "expected_payment_date")
    private LocalDate expectedPaymentDate;
    @Column(name = "actual_payment_date")
    private LocalDate actualPaymentDate;
    @Column(name = "status", nullable = false)
    private String status = "pending";
    @Column(name = "payment_status", nullable = false)
    private String paymentStatus = "unpaid";
    @Column(name = "finance_record_id")
    private String financeRecordId;
    @Column(name = "finance_sync_status", nullable = false)
    private String financeSyncStatus = "pending";
    @Column(name = "finance_sync_at")
    private LocalDateTime financeSyncAt;
    @Column(name = "finance_sync_error")
    private String financeSyncError;
    @Column(name = "invoice_number")
    private String invoiceNumber;
    @Column(name = "invoice_date")
    private LocalDate invoiceDate;
    @Column(name = "invoice_url")
    private String invoiceUrl;
    @Column(name = "notes")
    private String notes;
    @Column(name = "internal_notes")
    private String internalNotes;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_by")
    private String updatedBy;

    public FinanceOrder getOrder() {
        return order;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getServiceRecordId() {
        return serviceRecordId;
    }

    public void setServiceRecordId(String serviceRecordId) {
        this.serviceRecordId = serviceRecordId;
    }

    public Integer getStageNumber() {
        return stageNumber;
    }

    public void setStageNumber(Integer stageNumber) {
        this.stageNumber = stageNumber;
    }

    public String getStageName() {
        return stageName;
    }

    public void setStageName(String stageName) {
        this.stageName = stageName;
    }

    public String getStageDescription() {
        return stageDescription;
    }

    public void setStageDescription(String stageDescription) {
        this.stageDescription = stageDescription;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(BigDecimal paidAmount) {
        this.paidAmount = paidAmount;
    }

    public BigDecimal getRemainingAmount() {
        return remainingAmount;
    }

    public void setRemainingAmount(BigDecimal remainingAmount) {
        this.remainingAmount = remainingAmount;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    public String getPaymentCondition() {
        return paymentCondition;
    }

    public void setPaymentCondition(String paymentCondition) {
        this.paymentCondition = paymentCondition;
    }

    public String getPaymentTrigger() {
        return paymentTrigger;
    }

    public void setPaymentTrigger(String paymentTrigger) {
        this.paymentTrigger = paymentTrigger;
    }

    public LocalDate getTriggerDate() {
        return triggerDate;
    }

    public void setTriggerDate(LocalDate triggerDate) {
        this.triggerDate = triggerDate;
    }

    public String getTriggerMilestone() {
        return triggerMilestone;
    }

    public void setTriggerMilestone(String triggerMilestone) {
        this.triggerMilestone = triggerMilestone;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalDate getExpectedPaymentDate() {
        return expectedPaymentDate;
    }

    public void setExpectedPaymentDate(LocalDate expectedPaymentDate) {
        this.expectedPaymentDate = expectedPaymentDate;
    }

    public LocalDate getActualPaymentDate() {
        return actualPaymentDate;
    }

    public void setActualPaymentDate(LocalDate actualPaymentDate) {
        this.actualPaymentDate = actualPaymentDate;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPaymentStatus() {
        return paymentStatus;
    }

    public void setPaymentStatus(String paymentStatus) {
        this.paymentStatus = paymentStatus;
    }

    public String getFinanceRecordId() {
        return financeRecordId;
    }

    public void setFinanceRecordId(String financeRecordId) {
        this.financeRecordId = financeRecordId;
    }

    public String getFinanceSyncStatus() {
        return financeSyncStatus;
    }

    public void setFinanceSyncStatus(String financeSyncStatus) {
        this.financeSyncStatus = financeSyncStatus;
    }

    public LocalDateTime getFinanceSyncAt() {
        return financeSyncAt;
    }

    public void setFinanceSyncAt(LocalDateTime financeSyncAt) {
        this.financeSyncAt = financeSyncAt;
    }

    public String getFinanceSyncError() {
        return financeSyncError;
    }

    public void setFinanceSyncError(String financeSyncError) {
        this.financeSyncError = financeSyncError;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public String getInvoiceUrl() {
        return invoiceUrl;
    }

    public void setInvoiceUrl(String invoiceUrl) {
        this.invoiceUrl = invoiceUrl;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getInternalNotes() {
        return internalNotes;
    }

    public void setInternalNotes(String internalNotes) {
        this.internalNotes = internalNotes;
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

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

}

package com.bantu.finance.payment;

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

/** A receipt or refund of an order (optionally of one stage); pending until FINANCE confirms or cancels it. */
@Entity
@Table(name = "payments")
public class Payment extends BaseEntity {

    public static final String RECEIPT = "receipt";
    public static final String REFUND = "refund";
    public static final String PENDING = "pending";
    public static final String CONFIRMED = "confirmed";
    public static final String CANCELLED = "cancelled";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", insertable = false, updatable = false)
    private FinanceOrder order;

    @Column(name = "order_id", nullable = false, updatable = false)
    private String orderId;
    @Column(name = "payment_stage_id")
    private String paymentStageId;
    @Column(name = "payment_type", nullable = false)
    private String paymentType;
    @Column(name = "amount", nullable = false)
    private BigDecimal amount;
    @Column(name = "currency_code", nullable = false)
    private String currencyCode;
    @Column(name = "payment_method")
    private String paymentMethod;
    @Column(name = "payment_date", nullable = false)
    private LocalDate paymentDate;
    @Column(name = "received_at")
    private LocalDateTime receivedAt;
    @Column(name = "transaction_id")
    private String transactionId;
    @Column(name = "bank_account")
    private String bankAccount;
    @Column(name = "payer_name")
    private String payerName;
    @Column(name = "payer_account")
    private String payerAccount;
    @Column(name = "status", nullable = false)
    private String status = PENDING;
    @Column(name = "allow_overpayment")
    private boolean allowOverpayment;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "notes")
    private String notes;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;
    @Column(name = "created_by", nullable = false, updatable = false)
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

    public String getPaymentType() {
        return paymentType;
    }

    public void setPaymentType(String paymentType) {
        this.paymentType = paymentType;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public String getPayerName() {
        return payerName;
    }

    public void setPayerName(String payerName) {
        this.payerName = payerName;
    }

    public String getPayerAccount() {
        return payerAccount;
    }

    public void setPayerAccount(String payerAccount) {
        this.payerAccount = payerAccount;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isAllowOverpayment() {
        return allowOverpayment;
    }

    public void setAllowOverpayment(boolean allowOverpayment) {
        this.allowOverpayment = allowOverpayment;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public void setConfirmedBy(String confirmedBy) {
        this.confirmedBy = confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public void setConfirmedAt(LocalDateTime confirmedAt) {
        this.confirmedAt = confirmedAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public void setCancelledBy(String cancelledBy) {
        this.cancelledBy = cancelledBy;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public void setCancelledAt(LocalDateTime cancelledAt) {
        this.cancelledAt = cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public void setRequestHash(String requestHash) {
        this.requestHash = requestHash;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

}

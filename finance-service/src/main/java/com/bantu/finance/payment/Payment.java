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

/**
 * A receipt or refund of an order (optionally of one stage); pending until FINANCE confirms or cancels it.
 * Fields are package-private: the payment package writes them; other packages read through the getters.
 */
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
    FinanceOrder order;

    @Column(name = "order_id", nullable = false, updatable = false)
    String orderId;
    @Column(name = "payment_stage_id")
    String paymentStageId;
    @Column(name = "payment_type", nullable = false)
    String paymentType;
    @Column(name = "amount", nullable = false)
    BigDecimal amount;
    @Column(name = "currency_code", nullable = false)
    String currencyCode;
    @Column(name = "payment_method")
    String paymentMethod;
    @Column(name = "payment_date", nullable = false)
    LocalDate paymentDate;
    @Column(name = "received_at")
    LocalDateTime receivedAt;
    @Column(name = "transaction_id")
    String transactionId;
    @Column(name = "bank_account")
    String bankAccount;
    @Column(name = "payer_name")
    String payerName;
    @Column(name = "payer_account")
    String payerAccount;
    @Column(name = "status", nullable = false)
    String status = PENDING;
    @Column(name = "allow_overpayment")
    boolean allowOverpayment;
    @Column(name = "confirmed_by")
    String confirmedBy;
    @Column(name = "confirmed_at")
    LocalDateTime confirmedAt;
    @Column(name = "cancelled_by")
    String cancelledBy;
    @Column(name = "cancelled_at")
    LocalDateTime cancelledAt;
    @Column(name = "cancel_reason")
    String cancelReason;
    @Column(name = "notes")
    String notes;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    String idempotencyKey;
    @Column(name = "request_hash", nullable = false, updatable = false)
    String requestHash;
    @Column(name = "created_by", nullable = false, updatable = false)
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


    public String getPaymentType() {
        return paymentType;
    }


    public BigDecimal getAmount() {
        return amount;
    }


    public String getCurrencyCode() {
        return currencyCode;
    }


    public String getPaymentMethod() {
        return paymentMethod;
    }


    public LocalDate getPaymentDate() {
        return paymentDate;
    }


    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }


    public String getTransactionId() {
        return transactionId;
    }


    public String getBankAccount() {
        return bankAccount;
    }


    public String getPayerName() {
        return payerName;
    }


    public String getPayerAccount() {
        return payerAccount;
    }


    public String getStatus() {
        return status;
    }


    public boolean isAllowOverpayment() {
        return allowOverpayment;
    }


    public String getConfirmedBy() {
        return confirmedBy;
    }


    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }


    public String getCancelledBy() {
        return cancelledBy;
    }


    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }


    public String getCancelReason() {
        return cancelReason;
    }


    public String getNotes() {
        return notes;
    }


    public String getIdempotencyKey() {
        return idempotencyKey;
    }


    public String getRequestHash() {
        return requestHash;
    }


    public String getCreatedBy() {
        return createdBy;
    }

    /** Cancels the payment: who cancelled it, why and when are kept. */
    void cancel(String actor, String reason, LocalDateTime at) {
        status = CANCELLED;
        cancelledBy = actor;
        cancelReason = reason;
        cancelledAt = at;
    }
}

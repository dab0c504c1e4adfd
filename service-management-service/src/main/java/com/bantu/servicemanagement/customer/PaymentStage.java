package com.bantu.servicemanagement.customer;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One instalment of what a customer pays: amount, paid amount, due dates, invoice and finance sync state. Fields are package-private: only this feature package reads and writes them. */
@Entity
@Table(name = "payment_stages")
public class PaymentStage extends BaseEntity {

    String customerId;
    String orderId;
    String orderNumber;
    String serviceRecordId;
    Integer stageNumber;
    String stageName;
    String stageDescription;
    BigDecimal amount;
    BigDecimal paidAmount = BigDecimal.ZERO;
    BigDecimal remainingAmount = BigDecimal.ZERO;
    String currencyCode = "CNY";
    String paymentCondition;
    String paymentTrigger;
    LocalDate triggerDate;
    String triggerMilestone;
    LocalDate dueDate;
    LocalDate expectedPaymentDate;
    LocalDate actualPaymentDate;
    String status = "pending";
    String paymentStatus = "unpaid";
    String financeRecordId;
    String financeSyncStatus = "pending";
    LocalDateTime financeSyncAt;
    String financeSyncError;
    String invoiceNumber;
    LocalDate invoiceDate;
    String invoiceUrl;
    String notes;
    String internalNotes;
    String createdBy;
    String updatedBy;
}

package com.bantu.servicemanagement.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

public record PaymentStageResponse(
        String id,
        String customerId,
        String orderId,
        String orderNumber,
        String serviceRecordId,
        Integer stageNumber,
        String stageName,
        String stageDescription,
        BigDecimal amount,
        BigDecimal paidAmount,
        BigDecimal remainingAmount,
        String currencyCode,
        String paymentCondition,
        String paymentTrigger,
        LocalDate triggerDate,
        String triggerMilestone,
        LocalDate dueDate,
        LocalDate expectedPaymentDate,
        LocalDate actualPaymentDate,
        String status,
        String paymentStatus,
        String financeRecordId,
        String financeSyncStatus,
        LocalDateTime financeSyncAt,
        String financeSyncError,
        String invoiceNumber,
        LocalDate invoiceDate,
        String invoiceUrl,
        String notes,
        String internalNotes,
        String createdBy,
        String updatedBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}

package com.bantu.servicemanagement.customer;

import com.bantu.servicemanagement.support.OnCreate;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

public final class PaymentStageDtos {

    private PaymentStageDtos() {
    }

    /** Create and partial update body (a null field is left unchanged on update). */
    public record PaymentStageRequest(
        @Size(min = 36, max = 36) String orderId,
        @Size(max = 100) String orderNumber,
        @Size(min = 36, max = 36) String serviceRecordId,
        @NotNull(groups = OnCreate.class) @Positive Integer stageNumber,
        @Size(max = 255) String stageName,
        String stageDescription,
        @NotNull(groups = OnCreate.class) @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal paidAmount,
        @Size(max = 10) String currencyCode,
        String paymentCondition,
        @Pattern(regexp = "^(manual|milestone|date|completion)$", message = "must be one of manual, milestone, date, completion") String paymentTrigger,
        LocalDate triggerDate,
        @Size(max = 255) String triggerMilestone,
        LocalDate dueDate,
        LocalDate expectedPaymentDate,
        LocalDate actualPaymentDate,
        @Pattern(regexp = "^(pending|partial|paid|overdue|cancelled)$", message = "must be one of pending, partial, paid, overdue, cancelled") String status,
        @Pattern(regexp = "^(unpaid|partial|paid|refunded)$", message = "must be one of unpaid, partial, paid, refunded") String paymentStatus,
        @Size(max = 255) String financeRecordId,
        @Pattern(regexp = "^(pending|synced|failed)$", message = "must be one of pending, synced, failed") String financeSyncStatus,
        LocalDateTime financeSyncAt,
        String financeSyncError,
        @Size(max = 100) String invoiceNumber,
        LocalDate invoiceDate,
        @Size(max = 500) String invoiceUrl,
        String notes,
        String internalNotes) {
    }

    /** Copies every non-null field of the request onto the entity (create and partial update). */
    static void apply(PaymentStageRequest r, PaymentStage e) {
        if (r.orderId() != null) {
            e.orderId = r.orderId().trim();
        }
        if (r.orderNumber() != null) {
            e.orderNumber = r.orderNumber().trim();
        }
        if (r.serviceRecordId() != null) {
            e.serviceRecordId = r.serviceRecordId().trim();
        }
        if (r.stageNumber() != null) {
            e.stageNumber = r.stageNumber();
        }
        if (r.stageName() != null) {
            e.stageName = r.stageName().trim();
        }
        if (r.stageDescription() != null) {
            e.stageDescription = r.stageDescription();
        }
        if (r.amount() != null) {
            e.amount = r.amount();
        }
        if (r.paidAmount() != null) {
            e.paidAmount = r.paidAmount();
        }
        if (r.currencyCode() != null) {
            e.currencyCode = r.currencyCode().trim();
        }
        if (r.paymentCondition() != null) {
            e.paymentCondition = r.paymentCondition();
        }
        if (r.paymentTrigger() != null) {
            e.paymentTrigger = r.paymentTrigger();
        }
        if (r.triggerDate() != null) {
            e.triggerDate = r.triggerDate();
        }
        if (r.triggerMilestone() != null) {
            e.triggerMilestone = r.triggerMilestone().trim();
        }
        if (r.dueDate() != null) {
            e.dueDate = r.dueDate();
        }
        if (r.expectedPaymentDate() != null) {
            e.expectedPaymentDate = r.expectedPaymentDate();
        }
        if (r.actualPaymentDate() != null) {
            e.actualPaymentDate = r.actualPaymentDate();
        }
        if (r.status() != null) {
            e.status = r.status();
        }
        if (r.paymentStatus() != null) {
            e.paymentStatus = r.paymentStatus();
        }
        if (r.financeRecordId() != null) {
            e.financeRecordId = r.financeRecordId().trim();
        }
        if (r.financeSyncStatus() != null) {
            e.financeSyncStatus = r.financeSyncStatus();
        }
        if (r.financeSyncAt() != null) {
            e.financeSyncAt = r.financeSyncAt();
        }
        if (r.financeSyncError() != null) {
            e.financeSyncError = r.financeSyncError();
        }
        if (r.invoiceNumber() != null) {
            e.invoiceNumber = r.invoiceNumber().trim();
        }
        if (r.invoiceDate() != null) {
            e.invoiceDate = r.invoiceDate();
        }
        if (r.invoiceUrl() != null) {
            e.invoiceUrl = r.invoiceUrl().trim();
        }
        if (r.notes() != null) {
            e.notes = r.notes();
        }
        if (r.internalNotes() != null) {
            e.internalNotes = r.internalNotes();
        }
    }

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

        static PaymentStageResponse of(PaymentStage e) {
            return new PaymentStageResponse(e.getId(),
                    e.customerId,
                    e.orderId,
                    e.orderNumber,
                    e.serviceRecordId,
                    e.stageNumber,
                    e.stageName,
                    e.stageDescription,
                    e.amount,
                    e.paidAmount,
                    e.remainingAmount,
                    e.currencyCode,
                    e.paymentCondition,
                    e.paymentTrigger,
                    e.triggerDate,
                    e.triggerMilestone,
                    e.dueDate,
                    e.expectedPaymentDate,
                    e.actualPaymentDate,
                    e.status,
                    e.paymentStatus,
                    e.financeRecordId,
                    e.financeSyncStatus,
                    e.financeSyncAt,
                    e.financeSyncError,
                    e.invoiceNumber,
                    e.invoiceDate,
                    e.invoiceUrl,
                    e.notes,
                    e.internalNotes,
                    e.createdBy,
                    e.updatedBy,
                    e.getCreatedAt(),
                    e.getUpdatedAt());
        }
    }
}

package com.bantu.servicemanagement.customer;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Body of a create (POST): the fields a create needs are required; the others are optional and carry the same
 * format checks as in {@link UpdatePaymentStageRequest}. The service applies it as an update of a new record
 * ({@link #asUpdate()}), so create and update share one mapping path.
 */
public record CreatePaymentStageRequest(
        @Size(min = 36, max = 36) String orderId,
        @Size(max = 100) String orderNumber,
        @Size(min = 36, max = 36) String serviceRecordId,
        @NotNull @Positive Integer stageNumber,
        @Size(max = 255) String stageName,
        String stageDescription,
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal amount,
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

    /** The same values as an update body: the service applies a create as an update of a new record. */
    public UpdatePaymentStageRequest asUpdate() {
        return new UpdatePaymentStageRequest(orderId, orderNumber, serviceRecordId, stageNumber, stageName,
                stageDescription, amount, paidAmount, currencyCode, paymentCondition, paymentTrigger, triggerDate,
                triggerMilestone, dueDate, expectedPaymentDate, actualPaymentDate, status, paymentStatus,
                financeRecordId, financeSyncStatus, financeSyncAt, financeSyncError, invoiceNumber, invoiceDate,
                invoiceUrl, notes, internalNotes);
    }
}

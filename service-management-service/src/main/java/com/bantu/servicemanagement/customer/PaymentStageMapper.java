package com.bantu.servicemanagement.customer;

import com.bantu.common.api.Patch;

/** Request → entity and entity → response for this feature, in one place. */
final class PaymentStageMapper {

    private PaymentStageMapper() {
    }

    /** Copies the fields the request carries onto the entity (trimming short texts). */
    static void apply(UpdatePaymentStageRequest r, PaymentStage e) {
        e.orderId = Patch.text(r.orderId(), e.orderId);
        e.orderNumber = Patch.text(r.orderNumber(), e.orderNumber);
        e.serviceRecordId = Patch.text(r.serviceRecordId(), e.serviceRecordId);
        e.stageNumber = Patch.value(r.stageNumber(), e.stageNumber);
        e.stageName = Patch.text(r.stageName(), e.stageName);
        e.stageDescription = Patch.value(r.stageDescription(), e.stageDescription);
        e.amount = Patch.value(r.amount(), e.amount);
        e.paidAmount = Patch.value(r.paidAmount(), e.paidAmount);
        e.currencyCode = Patch.text(r.currencyCode(), e.currencyCode);
        e.paymentCondition = Patch.value(r.paymentCondition(), e.paymentCondition);
        e.paymentTrigger = Patch.value(r.paymentTrigger(), e.paymentTrigger);
        e.triggerDate = Patch.value(r.triggerDate(), e.triggerDate);
        e.triggerMilestone = Patch.text(r.triggerMilestone(), e.triggerMilestone);
        e.dueDate = Patch.value(r.dueDate(), e.dueDate);
        e.expectedPaymentDate = Patch.value(r.expectedPaymentDate(), e.expectedPaymentDate);
        e.actualPaymentDate = Patch.value(r.actualPaymentDate(), e.actualPaymentDate);
        e.status = Patch.value(r.status(), e.status);
        e.paymentStatus = Patch.value(r.paymentStatus(), e.paymentStatus);
        e.financeRecordId = Patch.text(r.financeRecordId(), e.financeRecordId);
        e.financeSyncStatus = Patch.value(r.financeSyncStatus(), e.financeSyncStatus);
        e.financeSyncAt = Patch.value(r.financeSyncAt(), e.financeSyncAt);
        e.financeSyncError = Patch.value(r.financeSyncError(), e.financeSyncError);
        e.invoiceNumber = Patch.text(r.invoiceNumber(), e.invoiceNumber);
        e.invoiceDate = Patch.value(r.invoiceDate(), e.invoiceDate);
        e.invoiceUrl = Patch.text(r.invoiceUrl(), e.invoiceUrl);
        e.notes = Patch.value(r.notes(), e.notes);
        e.internalNotes = Patch.value(r.internalNotes(), e.internalNotes);
    }

    static PaymentStageResponse toResponse(PaymentStage e) {
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

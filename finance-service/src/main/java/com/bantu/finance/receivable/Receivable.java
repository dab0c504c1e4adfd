package com.bantu.finance.receivable;

import com.bantu.finance.order.FinanceOrder;
import com.bantu.finance.payment.PaymentResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A payment stage with the order fields finance keeps ({@code payments} only on the single read). */
public record Receivable(String id, String orderId, String orderNumber, String customerId, String customerName,
                         String salesUserId, String serviceRecordId, Integer stageNumber, String stageName,
                         String stageDescription, BigDecimal amount, BigDecimal paidAmount,
                         BigDecimal remainingAmount, String currencyCode, String paymentCondition,
                         String paymentTrigger, LocalDate triggerDate, String triggerMilestone, LocalDate dueDate,
                         LocalDate expectedPaymentDate, LocalDate actualPaymentDate, String status,
                         String paymentStatus, String financeRecordId, String financeSyncStatus,
                         LocalDateTime financeSyncAt, String financeSyncError, String invoiceNumber,
                         LocalDate invoiceDate, String invoiceUrl, String notes, String internalNotes,
                         String cancelReason, LocalDateTime cancelledAt, String createdBy, String updatedBy,
                         LocalDateTime createdAt, LocalDateTime updatedAt, List<PaymentResponse> payments) {

    public static Receivable of(PaymentStage s, List<PaymentResponse> payments) {
        FinanceOrder o = s.getOrder();
        return new Receivable(s.getId(), s.getOrderId(), o == null ? s.getOrderNumber() : o.getOrderNumber(),
                o == null ? null : o.getCustomerId(), o == null ? null : o.getCustomerName(),
                o == null ? null : o.getSalesUserId(), s.getServiceRecordId(), s.getStageNumber(),
                s.getStageName(), s.getStageDescription(), s.getAmount(), s.getPaidAmount(),
                s.getRemainingAmount(), s.getCurrencyCode(), s.getPaymentCondition(), s.getPaymentTrigger(),
                s.getTriggerDate(), s.getTriggerMilestone(), s.getDueDate(), s.getExpectedPaymentDate(),
                s.getActualPaymentDate(), s.getStatus(), s.getPaymentStatus(), s.getFinanceRecordId(),
                s.getFinanceSyncStatus(), s.getFinanceSyncAt(), s.getFinanceSyncError(), s.getInvoiceNumber(),
                s.getInvoiceDate(), s.getInvoiceUrl(), s.getNotes(), s.getInternalNotes(), s.getCancelReason(),
                s.getCancelledAt(), s.getCreatedBy(), s.getUpdatedBy(), s.getCreatedAt(), s.getUpdatedAt(),
                payments);
    }
}

package com.bantu.finance.receivable;

import com.bantu.finance.order.FinanceOrder;
import com.bantu.finance.order.OrderSnapshot;
import com.bantu.finance.payment.PaymentDtos.PaymentResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

public final class ReceivableDtos {

    private ReceivableDtos() {
    }

    public static final String TRIGGERS = "manual|milestone|date|completion";

    public record StageRequest(
            @NotNull @Positive Integer stageNumber,
            @NotBlank @Size(max = 255) String stageName,
            String stageDescription,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            LocalDate dueDate,
            @Pattern(regexp = TRIGGERS, message = "must be one of manual, milestone, date, completion")
            String paymentTrigger,
            LocalDate triggerDate,
            @Size(max = 255) String triggerMilestone,
            String paymentCondition,
            String notes) {
    }

    /** A receivable plan: its stages replace the order's unpaid plan. */
    public record PlanRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull StageRequest> stages) {
    }

    /** From business: the plan handed over with an order (idempotent on the order id); {@code order} optional. */
    public record InternalPlanRequest(@NotBlank String orderId,
                                      @NotEmpty @Size(max = 100) List<@Valid @NotNull StageRequest> stages,
                                      OrderSnapshot order) {
    }

    public record UpdateRequest(
            @Size(max = 255) String stageName,
            String stageDescription,
            @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            LocalDate dueDate,
            @Pattern(regexp = TRIGGERS, message = "must be one of manual, milestone, date, completion")
            String paymentTrigger,
            LocalDate triggerDate,
            @Size(max = 255) String triggerMilestone,
            String paymentCondition,
            LocalDate expectedPaymentDate,
            @Size(max = 100) String invoiceNumber,
            LocalDate invoiceDate,
            @Size(max = 500) String invoiceUrl,
            String notes,
            String internalNotes) {
    }

    public record CancelRequest(@NotBlank @Size(max = 2000) String reason) {
    }

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

    /** An order's plan with its totals (non-cancelled stages; paid = confirmed receipts minus refunds). */
    public record Plan(String orderId, String orderNumber, String currencyCode, BigDecimal finalAmount,
                       BigDecimal plannedTotal, BigDecimal paidTotal, BigDecimal outstanding,
                       List<Receivable> stages) {
    }
}

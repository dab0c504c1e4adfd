package com.bantu.finance.payment;

import com.bantu.finance.order.FinanceOrder;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

public final class PaymentDtos {

    private PaymentDtos() {
    }

    /** A receipt or refund; {@code allow_overpayment} is honoured for FINANCE and ADMIN only. */
    public record CreatePaymentRequest(
            @NotBlank @Size(max = 36) String orderId,
            @Size(max = 36) String paymentStageId,
            @NotBlank @Pattern(regexp = "receipt|refund", message = "must be receipt or refund") String paymentType,
            @NotNull @DecimalMin(value = "0.01", message = "must be greater than 0")
            @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 10) String currencyCode,
            @Size(max = 50) String paymentMethod,
            @NotNull LocalDate paymentDate,
            @Size(max = 255) String transactionId,
            @Size(max = 255) String bankAccount,
            @Size(max = 255) String payerName,
            @Size(max = 255) String payerAccount,
            String notes,
            Boolean allowOverpayment) {
    }

    public record ConfirmRequest(LocalDateTime receivedAt) {
    }

    public record CancelRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record PaymentResponse(String id, String orderId, String orderNumber, String customerId,
                                  String customerName, String paymentStageId, String paymentType, BigDecimal amount,
                                  String currencyCode, String paymentMethod, LocalDate paymentDate,
                                  LocalDateTime receivedAt, String transactionId, String bankAccount,
                                  String payerName, String payerAccount, String status, boolean allowOverpayment,
                                  String confirmedBy, LocalDateTime confirmedAt, String cancelledBy,
                                  LocalDateTime cancelledAt, String cancelReason, String notes, String createdBy,
                                  LocalDateTime createdAt, LocalDateTime updatedAt) {

        public static PaymentResponse of(Payment p) {
            return of(p, p.getOrder());
        }

        public static PaymentResponse of(Payment p, FinanceOrder o) {
            return new PaymentResponse(p.getId(), p.getOrderId(), o == null ? null : o.getOrderNumber(),
                    o == null ? null : o.getCustomerId(), o == null ? null : o.getCustomerName(),
                    p.getPaymentStageId(), p.getPaymentType(), p.getAmount(), p.getCurrencyCode(),
                    p.getPaymentMethod(), p.getPaymentDate(), p.getReceivedAt(), p.getTransactionId(),
                    p.getBankAccount(), p.getPayerName(), p.getPayerAccount(), p.getStatus(),
                    p.isAllowOverpayment(), p.getConfirmedBy(), p.getConfirmedAt(), p.getCancelledBy(),
                    p.getCancelledAt(), p.getCancelReason(), p.getNotes(), p.getCreatedBy(), p.getCreatedAt(),
                    p.getUpdatedAt());
        }
    }
}

package com.bantu.finance.payment;

import com.bantu.finance.order.FinanceOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

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

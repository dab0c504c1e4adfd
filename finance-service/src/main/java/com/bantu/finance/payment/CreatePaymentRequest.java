package com.bantu.finance.payment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

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

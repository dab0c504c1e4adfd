package com.bantu.finance.internal;

import com.bantu.common.events.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * {@code payment.confirmed}: a receipt or refund was confirmed. {@code amount} is signed (a refund is negative), so a
 * consumer summing it gets the order's net received money; {@code payment_type} says which it was.
 */
public record PaymentConfirmedV1(String paymentId, String orderId, String paymentStageId, String paymentType,
                                 BigDecimal amount, String currencyCode, LocalDate paymentDate,
                                 LocalDateTime confirmedAt, String confirmedBy) implements IntegrationEvent {

    public static final String TYPE = "payment.confirmed";

    @Override
    public String type() {
        return TYPE;
    }
}

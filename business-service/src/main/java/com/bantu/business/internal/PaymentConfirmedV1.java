package com.bantu.business.internal;

import java.math.BigDecimal;

/** What business-service reads from finance-service's {@code payment.confirmed} event. Unknown fields are ignored. */
public record PaymentConfirmedV1(String paymentId, String orderId, BigDecimal amount, String currencyCode) {
}

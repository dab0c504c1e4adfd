package com.bantu.finance.payment;

/** In-process notice (inside the confirming transaction) that a payment was confirmed. */
public record PaymentConfirmed(String paymentId, String orderId, String paymentStageId) {
}

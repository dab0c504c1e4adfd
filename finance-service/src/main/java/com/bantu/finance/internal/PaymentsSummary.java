package com.bantu.finance.internal;

import java.math.BigDecimal;

public record PaymentsSummary(String orderId, long confirmedCount, BigDecimal paidTotal) {
}

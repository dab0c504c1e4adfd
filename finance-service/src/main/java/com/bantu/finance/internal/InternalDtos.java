package com.bantu.finance.internal;

import java.math.BigDecimal;

public final class InternalDtos {

    private InternalDtos() {
    }

    public record PaymentsSummary(String orderId, long confirmedCount, BigDecimal paidTotal) {
    }
}

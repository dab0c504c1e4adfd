package com.bantu.finance.report;

import java.math.BigDecimal;

public record CurrencySummary(String currencyCode, BigDecimal receivable, BigDecimal received,
                              BigDecimal outstanding, BigDecimal overdue, long paymentsCount) {
}

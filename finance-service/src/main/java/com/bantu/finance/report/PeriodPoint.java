package com.bantu.finance.report;

import java.math.BigDecimal;

public record PeriodPoint(String date, String currencyCode, BigDecimal received, BigDecimal receivable) {
}

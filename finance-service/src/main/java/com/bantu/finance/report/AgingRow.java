package com.bantu.finance.report;

import java.math.BigDecimal;

public record AgingRow(String currencyCode, BigDecimal notDue, BigDecimal d1_30, BigDecimal d31_60,
                       BigDecimal d61_90, BigDecimal d90Plus, BigDecimal total) {
}

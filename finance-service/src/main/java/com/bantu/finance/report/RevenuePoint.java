package com.bantu.finance.report;

import java.math.BigDecimal;

public record RevenuePoint(String date, BigDecimal value) {
}

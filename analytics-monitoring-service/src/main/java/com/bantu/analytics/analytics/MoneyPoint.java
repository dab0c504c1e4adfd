package com.bantu.analytics.analytics;

import java.math.BigDecimal;

public record MoneyPoint(String date, BigDecimal value) {
}

package com.bantu.finance.report;

import java.math.BigDecimal;

public record CurrencyTotal(String currencyCode, BigDecimal total) {
}

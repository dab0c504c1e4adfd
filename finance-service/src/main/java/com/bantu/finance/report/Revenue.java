package com.bantu.finance.report;

import java.math.BigDecimal;
import java.util.List;

/** For analytics: confirmed receipts minus refunds, in base IDR, per bucket; also per currency. */
public record Revenue(String period, String currencyCode, BigDecimal total, List<RevenuePoint> data,
                      List<CurrencyTotal> byCurrency) {
}

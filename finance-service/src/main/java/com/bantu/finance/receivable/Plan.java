package com.bantu.finance.receivable;

import java.math.BigDecimal;
import java.util.List;

/** An order's plan with its totals (non-cancelled stages; paid = confirmed receipts minus refunds). */
public record Plan(String orderId, String orderNumber, String currencyCode, BigDecimal finalAmount,
                   BigDecimal plannedTotal, BigDecimal paidTotal, BigDecimal outstanding,
                   List<Receivable> stages) {
}

package com.bantu.finance.report;

import java.math.BigDecimal;

/** One row of by-customer ({@code customer_id}) or by-sales-user ({@code sales_user_id}); the other id is null. */
public record PartyRow(String customerId, String salesUserId, String name, String currencyCode,
                       BigDecimal receivable, BigDecimal received, BigDecimal outstanding) {
}

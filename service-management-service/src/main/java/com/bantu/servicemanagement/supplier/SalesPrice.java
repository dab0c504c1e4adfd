package com.bantu.servicemanagement.supplier;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A selling price of the product: a price strategy in effect, or derived from its channel/direct/list columns. */
public record SalesPrice(
        String priceType,
        String currency,
        BigDecimal amount,
        BigDecimal exchangeRate,
        LocalDateTime effectiveFrom,
        LocalDateTime effectiveTo,
        boolean isOrganizationSpecific) {
}

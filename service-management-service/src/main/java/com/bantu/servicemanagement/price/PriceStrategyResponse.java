package com.bantu.servicemanagement.price;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A price strategy ({@code product_prices} row) with its product's and organization's names. */
public record PriceStrategyResponse(
        String id,
        String productId,
        String productName,
        String organizationId,
        String organizationName,
        String priceType,
        String currency,
        BigDecimal amount,
        BigDecimal exchangeRate,
        LocalDateTime effectiveFrom,
        LocalDateTime effectiveTo,
        String source,
        boolean isApproved,
        String approvedBy,
        LocalDateTime approvedAt,
        String changeReason,
        String changedBy,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {

    PriceStrategyResponse withOrganizationName(String name) {
        return new PriceStrategyResponse(id, productId, productName, organizationId, name, priceType, currency,
                amount, exchangeRate, effectiveFrom, effectiveTo, source, isApproved, approvedBy, approvedAt,
                changeReason, changedBy, createdAt, updatedAt);
    }
}

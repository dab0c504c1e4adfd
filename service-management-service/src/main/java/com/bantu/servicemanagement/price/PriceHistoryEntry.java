package com.bantu.servicemanagement.price;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One change of a product's price of one type and currency: from a price strategy or from the product's own price
 * columns ({@code price_<type>_<currency>}); it was in effect from {@code effective_from} until the next change of the
 * same price ({@code effective_to}, null for the latest).
 */
public record PriceHistoryEntry(
        String id,
        String productId,
        String organizationId,
        String priceType,
        String currency,
        BigDecimal oldPrice,
        BigDecimal newPrice,
        String changeReason,
        LocalDateTime effectiveFrom,
        LocalDateTime effectiveTo,
        String changedBy,
        LocalDateTime createdAt) {
}

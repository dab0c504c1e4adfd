package com.bantu.servicemanagement.supplier;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** One product a supplier offers, with its cost prices, selling prices and cost-price history. */
public record SupplierServiceResponse(
        String productId,
        String productName,
        String productCode,
        String enterpriseServiceCode,
        String categoryId,
        String categoryName,
        String serviceTypeId,
        String serviceType,
        String serviceSubtype,
        String status,
        boolean isActive,
        String vendorProductId,
        boolean isPrimary,
        boolean isAvailable,
        int priority,
        BigDecimal costPriceCny,
        BigDecimal costPriceIdr,
        Integer processingDays,
        List<SalesPrice> salesPrices,
        List<PriceHistoryItem> priceHistory,
        LocalDateTime createdAt) {
}

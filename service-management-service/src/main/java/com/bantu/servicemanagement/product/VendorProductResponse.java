package com.bantu.servicemanagement.product;

import java.math.BigDecimal;
import java.time.LocalDateTime;

public record VendorProductResponse(
        String id,
        String vendorId,
        String vendorName,
        String productId,
        String productName,
        String productCode,
        boolean isPrimary,
        boolean isAvailable,
        BigDecimal vendorPrice,
        String currencyCode,
        Integer processingDays,
        String notes,
        LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}

package com.bantu.servicemanagement.product;

import java.math.BigDecimal;
import java.time.LocalDateTime;

public record PriceHistoryResponse(
        String id,
        String productId,
        String vendorId,
        String priceField,
        BigDecimal oldValue,
        BigDecimal newValue,
        String changedBy,
        String changedByName,
        LocalDateTime changedAt) {
}

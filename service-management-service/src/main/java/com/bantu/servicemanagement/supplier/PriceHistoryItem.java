package com.bantu.servicemanagement.supplier;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One change of a vendor's cost prices. */
public record PriceHistoryItem(
        String id,
        BigDecimal oldPriceCny,
        BigDecimal oldPriceIdr,
        BigDecimal newPriceCny,
        BigDecimal newPriceIdr,
        LocalDateTime effectiveFrom,
        LocalDateTime effectiveTo,
        String changeReason,
        String changedBy,
        LocalDateTime createdAt) {
}

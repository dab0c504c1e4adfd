package com.bantu.analytics.analytics;

import java.math.BigDecimal;
import java.util.Map;

/** {@code source_available} is false (and every figure zero) while business-service is not wired. */
public record OrdersSummary(long total, Map<String, Long> byStatus, Map<String, Long> byServiceType,
                            BigDecimal totalRevenue, boolean sourceAvailable) {
    public OrdersSummary {
        byStatus = CustomersSummary.counts(byStatus);
        byServiceType = CustomersSummary.counts(byServiceType);
        totalRevenue = totalRevenue == null ? BigDecimal.ZERO : totalRevenue;
    }
}

package com.bantu.analytics.analytics;

import java.util.Map;

public record OrganizationSummary(long total, long totalEmployees, Map<String, Long> byType) {
    public OrganizationSummary {
        byType = CustomersSummary.counts(byType);
    }
}

package com.bantu.analytics.analytics;

import java.util.Map;
import java.util.TreeMap;

/** {@code active_count}: customers with a service record in the last 30 days (the owner computes it). */
public record CustomersSummary(long total, Map<String, Long> byType, Map<String, Long> bySource,
                               long activeCount) {

    static Map<String, Long> counts(Map<String, Long> m) {
        return m == null ? Map.of() : new TreeMap<>(m);
    }

    public CustomersSummary {
        byType = counts(byType);
        bySource = counts(bySource);
    }
}

package com.bantu.analytics.analytics;

import java.util.Map;

/** {@code by_role} keyed by role code (the original keyed by role name); {@code active_users}: login in 30 days. */
public record UserActivity(long totalUsers, long activeUsers, Map<String, Long> byRole,
                           Map<String, Long> lastLoginStats) {
    public UserActivity {
        byRole = CustomersSummary.counts(byRole);
        lastLoginStats = lastLoginStats == null ? Map.of() : new java.util.LinkedHashMap<>(lastLoginStats);
    }
}

package com.bantu.analytics.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The seven aggregates, with the original's field names. Null maps from a source become {}. */
public final class AnalyticsDtos {

    private AnalyticsDtos() {
    }

    static Map<String, Long> counts(Map<String, Long> m) {
        return m == null ? Map.of() : new TreeMap<>(m);
    }

    /** {@code active_count}: customers with a service record in the last 30 days (the owner computes it). */
    public record CustomersSummary(long total, Map<String, Long> byType, Map<String, Long> bySource,
                                   long activeCount) {
        public CustomersSummary {
            byType = counts(byType);
            bySource = counts(bySource);
        }
    }

    public record Point(String date, long value) {
    }

    /** New customers per bucket. */
    public record CustomerTrend(String period, List<Point> data) {
        public CustomerTrend {
            data = data == null ? List.of() : List.copyOf(data);
        }
    }

    /** {@code source_available} is false (and every figure zero) while business-service is not wired. */
    public record OrdersSummary(long total, Map<String, Long> byStatus, Map<String, Long> byServiceType,
                                BigDecimal totalRevenue, boolean sourceAvailable) {
        public OrdersSummary {
            byStatus = counts(byStatus);
            byServiceType = counts(byServiceType);
            totalRevenue = totalRevenue == null ? BigDecimal.ZERO : totalRevenue;
        }
    }

    public record MoneyPoint(String date, BigDecimal value) {
    }

    public record Revenue(String period, BigDecimal total, List<MoneyPoint> data, boolean sourceAvailable) {
        public Revenue {
            total = total == null ? BigDecimal.ZERO : total;
            data = data == null ? List.of() : List.copyOf(data);
        }
    }

    /** {@code by_assignee}: service records per sales user id. */
    public record ServiceRecordStatistics(long total, Map<String, Long> byStatus, Map<String, Long> byPriority,
                                          Map<String, Long> byAssignee) {
        public ServiceRecordStatistics {
            byStatus = counts(byStatus);
            byPriority = counts(byPriority);
            byAssignee = counts(byAssignee);
        }
    }

    /** {@code by_role} keyed by role code (the original keyed by role name); {@code active_users}: login in 30 days. */
    public record UserActivity(long totalUsers, long activeUsers, Map<String, Long> byRole,
                               Map<String, Long> lastLoginStats) {
        public UserActivity {
            byRole = counts(byRole);
            lastLoginStats = lastLoginStats == null ? Map.of() : new java.util.LinkedHashMap<>(lastLoginStats);
        }
    }

    public record OrganizationSummary(long total, long totalEmployees, Map<String, Long> byType) {
        public OrganizationSummary {
            byType = counts(byType);
        }
    }
}

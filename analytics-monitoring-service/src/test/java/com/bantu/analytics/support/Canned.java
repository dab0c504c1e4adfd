package com.bantu.analytics.support;

import com.bantu.common.test.FakeService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The owners' internal-stats answers the fake services give by default (the original's contract shapes). */
public final class Canned {

    private Canned() {
    }

    public static Map<String, Object> users() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total_users", 12);
        m.put("active_users", 7);
        m.put("by_role", Map.of("ADMIN", 1, "SALES", 5, "FINANCE", 2));
        m.put("last_login_stats", Map.of("today", 2, "last_7_days", 5, "last_30_days", 7, "never", 3));
        return m;
    }

    public static Map<String, Object> organizations() {
        return Map.of("total", 3, "total_employees", 10, "by_type", Map.of("internal", 1, "agent", 2));
    }

    public static Map<String, Object> customers() {
        return Map.of("total", 100_000, "by_type", Map.of("individual", 60_000, "organization", 40_000),
                "by_source", Map.of("own", 70_000, "agent", 30_000), "active_count", 2_500);
    }

    public static Map<String, Object> trend(String period) {
        return Map.of("period", period == null ? "day" : period,
                "data", List.of(Map.of("date", "2025-11-01", "value", 4), Map.of("date", "2025-11-02", "value", 6)));
    }

    public static Map<String, Object> serviceRecords() {
        return Map.of("total", 50, "by_status", Map.of("pending", 10, "in_progress", 25, "completed", 15),
                "by_priority", Map.of("normal", 40, "high", 10), "by_assignee", Map.of("user-1", 30, "user-2", 20));
    }

    public static Map<String, Object> orders() {
        return Map.of("total", 8, "by_status", Map.of("paid", 5, "pending", 3),
                "by_service_type", Map.of("visa", 6, "company", 2), "total_revenue", 12345.67);
    }

    public static Map<String, Object> revenue(String period) {
        return Map.of("period", period, "total", 1000.50,
                "data", List.of(Map.of("date", "2025-10", "value", 400.25), Map.of("date", "2025-11", "value", 600.25)));
    }

    public static final Map<String, Object> UP = Map.of("status", "UP");

    /** foundation-service's internal API and health. */
    public static void foundation(FakeService f) {
        f.data("/internal/stats/users", users());
        f.data("/internal/stats/organizations", organizations());
        f.route("/actuator/health", q -> new FakeService.Response(200, "{\"status\":\"UP\"}", 0));
    }

    public static void serviceManagement(FakeService f) {
        f.data("/internal/stats/customers", customers());
        f.route("/internal/stats/customers/trend",
                q -> new FakeService.Response(200, FakeService.envelope(trend(q.get("period"))), 0));
        f.data("/internal/stats/service-records", serviceRecords());
        f.route("/actuator/health", q -> new FakeService.Response(200, "{\"status\":\"UP\"}", 0));
    }

    public static void business(FakeService f) {
        f.data("/internal/stats/orders", orders());
    }

    /** finance-service: revenue from confirmed payments (base IDR, with its extra per-currency totals). */
    public static void finance(FakeService f) {
        f.route("/internal/stats/revenue", q -> {
            Map<String, Object> r = new java.util.HashMap<>(revenue(q.get("period")));
            r.put("currency_code", "IDR");
            r.put("by_currency", List.of(Map.of("currency_code", "IDR", "total", 1000.50)));
            return new FakeService.Response(200, FakeService.envelope(r), 0);
        });
    }
}

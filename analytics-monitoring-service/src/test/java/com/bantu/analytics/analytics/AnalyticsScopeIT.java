package com.bantu.analytics.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.analytics.IntegrationTestBase;
import com.bantu.analytics.support.Canned;
import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestHttp.Resp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dashboard figures are the reader's: analytics sends the caller's data scope ({@code StatsScope}) to the owner and
 * caches each scope under its own key, while a reader who sees everything (ADMIN) sends none and reads the
 * company-wide figures under the company-wide key. The fake owners answer by the scope they are sent, as the real
 * ones count (their producer ITs prove the counting).
 */
class AnalyticsScopeIT extends IntegrationTestBase {

    private static final String BASE = "/api/analytics-monitoring/analytics";

    private final String salesA = UUID.randomUUID().toString();
    private final String salesB = UUID.randomUUID().toString();

    /** The figure the fake owners give a reader: 3 for A, 5 for B, the company-wide total without a scope. */
    private long figureFor(Map<String, String> q, long all) {
        if (q.get("scope") == null) {
            return all;
        }
        if (!"own".equals(q.get("scope")) || !"SALES".equals(q.get("scope_roles"))) {
            return -1;
        }
        return salesA.equals(q.get("scope_user_id")) ? 3 : salesB.equals(q.get("scope_user_id")) ? 5 : -1;
    }

    @BeforeEach
    void ownersAnswerByScope() {
        SERVICE_MANAGEMENT.route("/internal/stats/customers", q -> {
            Map<String, Object> m = new HashMap<>(Canned.customers());
            m.put("total", figureFor(q, 100_000));
            return new FakeService.Response(200, FakeService.envelope(m), 0);
        });
        BUSINESS.route("/internal/stats/orders", q -> {
            Map<String, Object> m = new HashMap<>(Canned.orders());
            m.put("total", figureFor(q, 8));
            return new FakeService.Response(200, FakeService.envelope(m), 0);
        });
        FINANCE.route("/internal/stats/revenue", q -> {
            Map<String, Object> m = new HashMap<>(Canned.revenue(q.get("period")));
            m.put("total", figureFor(q, 1000));
            m.put("currency_code", "IDR");
            m.put("by_currency", List.of());
            return new FakeService.Response(200, FakeService.envelope(m), 0);
        });
    }

    private long total(String path, String token) {
        Resp r = http.get(BASE + path, token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("total").asLong();
    }

    @Test
    void twoSalesUsersGetTheirOwnCachedFiguresAndAdminTheTotal() {
        String a = tokenFor(salesA, "SALES");
        String b = tokenFor(salesB, "SALES");
        String admin = admin();

        assertThat(total("/customers/summary", a)).isEqualTo(3);
        assertThat(total("/customers/summary", b)).isEqualTo(5);
        assertThat(total("/customers/summary", admin)).isEqualTo(100_000);
        assertThat(SERVICE_MANAGEMENT.hits("/internal/stats/customers")).isEqualTo(3);
        // each answer is cached under its reader's scope; a second read of each comes from Redis
        assertThat(total("/customers/summary", a)).isEqualTo(3);
        assertThat(total("/customers/summary", b)).isEqualTo(5);
        assertThat(total("/customers/summary", admin)).isEqualTo(100_000);
        assertThat(SERVICE_MANAGEMENT.hits("/internal/stats/customers")).isEqualTo(3);
        assertThat(redis.opsForValue().get("analytics:customers:summary:scope:own:" + salesA + ":-:SALES"))
                .contains("\"total\":3");
        assertThat(redis.opsForValue().get("analytics:customers:summary:scope:own:" + salesB + ":-:SALES"))
                .contains("\"total\":5");
        assertThat(redis.opsForValue().get("analytics:customers:summary")).contains("\"total\":100000");

        // what was sent: the reader's scope, nothing for ADMIN (the owner's company-wide path)
        List<FakeService.Received> calls = SERVICE_MANAGEMENT.received().stream()
                .filter(c -> c.path().equals("/internal/stats/customers")).toList();
        assertThat(calls.get(0).query()).containsEntry("scope", "own").containsEntry("scope_user_id", salesA)
                .containsEntry("scope_roles", "SALES").doesNotContainKey("scope_org_ids");
        assertThat(calls.get(2).query()).doesNotContainKeys("scope", "scope_user_id", "scope_org_ids", "scope_roles");

        // orders and revenue: the same per reader
        assertThat(total("/orders/summary", a)).isEqualTo(3);
        assertThat(total("/orders/summary", b)).isEqualTo(5);
        assertThat(total("/orders/summary", admin)).isEqualTo(8);
        assertThat(redis.hasKey("analytics:orders:summary:scope:own:" + salesA + ":-:SALES")).isTrue();
        assertThat(redis.hasKey("analytics:orders:summary")).isTrue();
        assertThat(total("/orders/revenue?period=day", a)).isEqualTo(3);
        assertThat(total("/orders/revenue?period=day", b)).isEqualTo(5);
        assertThat(total("/orders/revenue?period=day", admin)).isEqualTo(1000);
        assertThat(redis.hasKey("analytics:revenue:day:scope:own:" + salesB + ":-:SALES")).isTrue();
        assertThat(redis.hasKey("analytics:revenue:day")).isTrue();
    }

    @Test
    void figuresWithoutAnOwnerStayCompanyWide() {
        Resp users = http.get(BASE + "/users/activity", tokenFor(salesA, "SALES"));
        assertThat(users.status()).as(users.toString()).isEqualTo(200);
        assertThat(users.data().get("total_users").asLong()).isEqualTo(12);
        assertThat(FOUNDATION.last("/internal/stats/users").query()).doesNotContainKey("scope");
        assertThat(redis.hasKey("analytics:users:activity")).isTrue();
        Resp orgs = http.get(BASE + "/organizations/summary", tokenFor(salesB, "SALES"));
        assertThat(orgs.data().get("total").asLong()).isEqualTo(3);
        assertThat(redis.hasKey("analytics:organizations:summary")).isTrue();
    }
}

package com.bantu.analytics.analytics;

import com.bantu.common.error.ErrorKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.analytics.IntegrationTestBase;
import com.bantu.common.test.FakeService;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.test.TestHttp.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyticsIT extends IntegrationTestBase {

    private static final String BASE = "/api/analytics-monitoring/analytics";

    @Test
    void customersSummaryComesFromServiceManagementWithAServiceToken() {
        Resp r = http.get(BASE + "/customers/summary", token("SALES"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.body().get("code").asInt()).isEqualTo(200);
        assertThat(r.message()).isEqualTo("获取客户统计摘要成功");
        assertThat(r.data().get("total").asLong()).isEqualTo(100_000);
        assertThat(r.data().get("by_type").get("individual").asLong()).isEqualTo(60_000);
        assertThat(r.data().get("by_source").get("agent").asLong()).isEqualTo(30_000);
        assertThat(r.data().get("active_count").asLong()).isEqualTo(2_500);

        FakeService.Received call = SERVICE_MANAGEMENT.last("/internal/stats/customers");
        assertThat(call.authorization()).startsWith("Bearer ");
        BantuPrincipal caller = jwt.verifyAccess(call.authorization().substring(7));
        assertThat(caller.roles()).containsExactly("SERVICE");
        assertThat(caller.userId()).isEqualTo("analytics-monitoring-service");
    }

    @Test
    void secondCallIsServedFromRedisWithKeyAndTtl() {
        String t = token("ADMIN");
        assertThat(http.get(BASE + "/customers/summary", t).status()).isEqualTo(200);
        assertThat(SERVICE_MANAGEMENT.hits("/internal/stats/customers")).isEqualTo(1);

        String key = "analytics:customers:summary";
        assertThat(redis.hasKey(key)).isTrue();
        Long ttl = redis.getExpire(key, TimeUnit.SECONDS);
        assertThat(ttl).isBetween(290L, 300L);
        assertThat(redis.opsForValue().get(key)).contains("\"total\":100000").contains("\"active_count\":2500");

        Resp second = http.get(BASE + "/customers/summary", t);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.data().get("total").asLong()).isEqualTo(100_000);
        assertThat(SERVICE_MANAGEMENT.hits("/internal/stats/customers")).as("source not called again").isEqualTo(1);

        // what Redis holds is what the endpoint answers
        redis.opsForValue().set(key, "{\"total\":7,\"by_type\":{},\"by_source\":{},\"active_count\":1}");
        assertThat(http.get(BASE + "/customers/summary", t).data().get("total").asLong()).isEqualTo(7);

        // after the entry is gone the source is asked again
        flushAnalyticsKeys();
        assertThat(http.get(BASE + "/customers/summary", t).data().get("total").asLong()).isEqualTo(100_000);
        assertThat(SERVICE_MANAGEMENT.hits("/internal/stats/customers")).isEqualTo(2);
    }

    @Test
    void concurrentMissesShareOneSourceCall() {
        SERVICE_MANAGEMENT.route("/internal/stats/service-records", q -> new FakeService.Response(200,
                FakeService.envelope(com.bantu.analytics.support.Canned.serviceRecords()), 400));
        String t = token("ADMIN");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Resp>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> http.get(BASE + "/service-records/statistics", t),
                        pool));
            }
            for (CompletableFuture<Resp> c : calls) {
                Resp r = c.join();
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                assertThat(r.data().get("total").asLong()).isEqualTo(50);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(SERVICE_MANAGEMENT.hits("/internal/stats/service-records")).isEqualTo(1);
    }

    @Test
    void customerTrendIsCachedPerNormalisedPeriod() {
        String t = token("FINANCE");
        Resp def = http.get(BASE + "/customers/trend", t);
        assertThat(def.status()).isEqualTo(200);
        assertThat(def.message()).isEqualTo("获取客户增长趋势成功");
        assertThat(def.data().get("period").asText()).isEqualTo("day");
        assertThat(def.data().get("data").get(1).get("date").asText()).isEqualTo("2025-11-02");
        assertThat(def.data().get("data").get(1).get("value").asLong()).isEqualTo(6);
        assertThat(SERVICE_MANAGEMENT.last("/internal/stats/customers/trend").query()).containsEntry("period", "day");

        Resp week = http.get(BASE + "/customers/trend?period=week", t);
        assertThat(week.data().get("period").asText()).isEqualTo("week");
        assertThat(SERVICE_MANAGEMENT.last("/internal/stats/customers/trend").query()).containsEntry("period", "week");
        Resp weekAgain = http.get(BASE + "/customers/trend?period=WEEK", t);
        assertThat(weekAgain.data().get("period").asText()).isEqualTo("week");
        assertThat(SERVICE_MANAGEMENT.hits("/internal/stats/customers/trend")).isEqualTo(2);
        assertThat(redis.keys("analytics:customers:trend:*"))
                .containsExactlyInAnyOrder("analytics:customers:trend:day", "analytics:customers:trend:week");

        assertThat(http.get(BASE + "/customers/trend?period=month", t).data().get("period").asText())
                .isEqualTo("month");
    }

    @Test
    void serviceRecordStatisticsUsersAndOrganizations() {
        String operator = java.util.UUID.randomUUID().toString();
        String t = tokenFor(operator, "OPERATION");
        Resp sr = http.get(BASE + "/service-records/statistics", t);
        assertThat(sr.status()).isEqualTo(200);
        assertThat(sr.message()).isEqualTo("获取服务记录统计成功");
        assertThat(sr.data().get("total").asLong()).isEqualTo(50);
        assertThat(sr.data().get("by_status").get("in_progress").asLong()).isEqualTo(25);
        assertThat(sr.data().get("by_priority").get("high").asLong()).isEqualTo(10);
        assertThat(sr.data().get("by_assignee").get("user-1").asLong()).isEqualTo(30);
        // OPERATION reads in its data scope (organization and below): its own key, not the company-wide one
        assertThat(redis.hasKey("analytics:service_records:statistics:scope:org_and_children:" + operator
                + ":-:OPERATION")).isTrue();
        assertThat(redis.hasKey("analytics:service_records:statistics")).isFalse();

        Resp users = http.get(BASE + "/users/activity", t);
        assertThat(users.message()).isEqualTo("获取用户活跃度统计成功");
        assertThat(users.data().get("total_users").asLong()).isEqualTo(12);
        assertThat(users.data().get("active_users").asLong()).isEqualTo(7);
        assertThat(users.data().get("by_role").get("SALES").asLong()).isEqualTo(5);
        assertThat(users.data().get("last_login_stats").get("never").asLong()).isEqualTo(3);
        assertThat(users.data().get("last_login_stats").get("last_7_days").asLong()).isEqualTo(5);
        assertThat(redis.hasKey("analytics:users:activity")).isTrue();

        Resp orgs = http.get(BASE + "/organizations/summary", t);
        assertThat(orgs.message()).isEqualTo("获取组织统计摘要成功");
        assertThat(orgs.data().get("total").asLong()).isEqualTo(3);
        assertThat(orgs.data().get("total_employees").asLong()).isEqualTo(10);
        assertThat(orgs.data().get("by_type").get("agent").asLong()).isEqualTo(2);
        assertThat(redis.hasKey("analytics:organizations:summary")).isTrue();
        assertThat(FOUNDATION.hits("/internal/stats/users")).isEqualTo(1);
        http.get(BASE + "/users/activity", t);
        assertThat(FOUNDATION.hits("/internal/stats/users")).isEqualTo(1);
    }

    @Test
    void ordersComeFromBusinessWhenItIsWired() {
        String t = token("FINANCE");
        Resp all = http.get(BASE + "/orders/summary", t);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.message()).isEqualTo("获取订单统计摘要成功");
        assertThat(all.data().get("total").asLong()).isEqualTo(8);
        assertThat(all.data().get("by_status").get("paid").asLong()).isEqualTo(5);
        assertThat(all.data().get("by_service_type").get("visa").asLong()).isEqualTo(6);
        assertThat(all.data().get("total_revenue").decimalValue()).isEqualByComparingTo("12345.67");
        assertThat(all.data().get("source_available").asBoolean()).isTrue();
        assertThat(redis.hasKey("analytics:orders:summary")).isTrue();

        Resp dated = http.get(BASE + "/orders/summary?start_date=2025-01-01&end_date=2025-01-31", t);
        assertThat(dated.status()).isEqualTo(200);
        assertThat(BUSINESS.last("/internal/stats/orders").query())
                .containsEntry("start_date", "2025-01-01T00:00:00").containsEntry("end_date", "2025-01-31T23:59:59");
        assertThat(redis.hasKey("analytics:orders:summary:2025-01-01T00:00:00:2025-01-31T23:59:59")).isTrue();

        http.get(BASE + "/orders/summary?start_date=2025-01-01T08:30:00", t);
        assertThat(BUSINESS.last("/internal/stats/orders").query())
                .containsEntry("start_date", "2025-01-01T08:30:00").doesNotContainKey("end_date");
        assertThat(redis.hasKey("analytics:orders:summary:2025-01-01T08:30:00:-")).isTrue();

        Resp revenue = http.get(BASE + "/orders/revenue", t);
        assertThat(revenue.status()).isEqualTo(200);
        assertThat(revenue.message()).isEqualTo("获取收入统计成功");
        assertThat(revenue.data().get("period").asText()).isEqualTo("month");
        assertThat(revenue.data().get("total").decimalValue()).isEqualByComparingTo("1000.50");
        assertThat(revenue.data().get("data").get(0).get("value").decimalValue()).isEqualByComparingTo("400.25");
        assertThat(revenue.data().get("source_available").asBoolean()).isTrue();
        assertThat(redis.hasKey("analytics:revenue:month")).isTrue();
        assertThat(http.get(BASE + "/orders/revenue?period=day", t).data().get("period").asText()).isEqualTo("day");
        assertThat(FINANCE.last("/internal/stats/revenue").query()).containsEntry("period", "day");
        assertThat(BUSINESS.hits("/internal/stats/revenue")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"year", "hourly", "1"})
    void unknownPeriodIs400(String period) {
        String t = token("ADMIN");
        for (String path : List.of("/customers/trend", "/orders/revenue")) {
            Resp r = http.get(BASE + path + "?period=" + period, t);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.body().get("code").asInt()).isEqualTo(400);
            assertThat(r.message()).isEqualTo(ErrorKey.VALIDATION.message());
            assertThat(r.fields()).containsExactly("period");
        }
        assertThat(SERVICE_MANAGEMENT.hits("/internal/stats/customers/trend")).isZero();
        assertThat(BUSINESS.hits("/internal/stats/revenue")).isZero();
    }

    @Test
    void badDatesAre400NamingTheField() {
        String t = token("ADMIN");
        Resp garbage = http.get(BASE + "/orders/summary?start_date=yesterday", t);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.fields()).containsExactly("start_date");

        Resp badEnd = http.get(BASE + "/orders/summary?end_date=2025-13-45", t);
        assertThat(badEnd.status()).isEqualTo(400);
        assertThat(badEnd.fields()).containsExactly("end_date");

        Resp both = http.get(BASE + "/orders/summary?start_date=x&end_date=y", t);
        assertThat(both.fields()).containsExactlyInAnyOrder("start_date", "end_date");

        Resp reversed = http.get(BASE + "/orders/summary?start_date=2025-02-01&end_date=2025-01-31", t);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.fields()).containsExactly("end_date");

        Resp sameDay = http.get(BASE + "/orders/summary?start_date=2025-01-31&end_date=2025-01-31", t);
        assertThat(sameDay.status()).isEqualTo(200);
        assertThat(BUSINESS.hits("/internal/stats/orders")).isEqualTo(1);
    }

    @Test
    void aSourceAnsweringAnErrorIs503NamingIt() {
        SERVICE_MANAGEMENT.status("/internal/stats/service-records", 500,
                "{\"code\":500,\"message\":\"boom\",\"data\":null}");
        Resp r = http.get(BASE + "/service-records/statistics", token("ADMIN"));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body().get("code").asInt()).isEqualTo(503);
        assertThat(r.message()).contains("service-management-service");
        assertThat(r.data().get("source").asText()).isEqualTo("service-management-service");
        assertThat(r.data().get("reason").asText()).isEqualTo("HTTP 500");
        assertThat(redis.hasKey("analytics:service_records:statistics")).as("failures are not cached").isFalse();

        FOUNDATION.status("/internal/stats/organizations", 200, "{\"code\":200,\"message\":\"ok\",\"data\":null}");
        Resp empty = http.get(BASE + "/organizations/summary", token("ADMIN"));
        assertThat(empty.status()).isEqualTo(503);
        assertThat(empty.data().get("source").asText()).isEqualTo("foundation-service");
    }

    @Test
    void readersAreInternalStaffOnly() {
        List<String> paths = List.of("/customers/summary", "/customers/trend", "/orders/summary", "/orders/revenue",
                "/service-records/statistics", "/users/activity", "/organizations/summary");
        String agent = token("AGENT");
        for (String path : paths) {
            Resp anonymous = http.get(BASE + path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.body().get("code").asInt()).isEqualTo(401);
            Resp forbidden = http.get(BASE + path, agent);
            assertThat(forbidden.status()).as(path).isEqualTo(403);
            assertThat(forbidden.body().get("code").asInt()).isEqualTo(403);
        }
        assertThat(http.get(BASE + "/customers/summary", "not-a-token").status()).isEqualTo(401);
        for (String role : List.of("ADMIN", "SALES", "FINANCE", "OPERATION")) {
            assertThat(http.get(BASE + "/users/activity", token(role)).status()).as(role).isEqualTo(200);
        }
    }
}

package com.bantu.servicemanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.InternalContract;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InternalStatsIT extends IntegrationTestBase {

    private String service() {
        return jwt.issueServiceToken("analytics-monitoring-service").token();
    }

    private long todayValue(JsonNode data, String key) {
        for (JsonNode p : data.get("data")) {
            if (p.get("date").asText().equals(key)) {
                return p.get("value").asLong();
            }
        }
        throw new AssertionError("no bucket " + key + " in " + data);
    }

    @Test
    void customerStatsCountByTypeSourceAndActivity() {
        JsonNode before = http.get("/internal/stats/customers", service()).data();
        String org = createCustomer(map("customer_type", "organization", "customer_source_type", "agent",
                "agent_id", uuid())).get("id").asText();
        createCustomer(map());
        String deleted = createCustomerId();
        http.delete("/api/service-management/customers/" + deleted, admin());
        http.post("/api/service-management/service-records", admin(), map("customer_id", org));

        Resp r = http.get("/internal/stats/customers", service());
        assertThat(r.status()).isEqualTo(200);
        JsonNode after = r.data();
        assertThat(after.get("total").asLong() - before.get("total").asLong()).isEqualTo(2);
        assertThat(after.get("by_type").get("organization").asLong()
                - before.get("by_type").get("organization").asLong()).isEqualTo(1);
        assertThat(after.get("by_type").get("individual").asLong()
                - before.get("by_type").get("individual").asLong()).isEqualTo(1);
        assertThat(after.get("by_source").get("agent").asLong() - before.get("by_source").get("agent").asLong())
                .isEqualTo(1);
        assertThat(after.get("by_source").get("own").asLong() - before.get("by_source").get("own").asLong())
                .isEqualTo(1);
        assertThat(after.get("active_count").asLong() - before.get("active_count").asLong()).isEqualTo(1);
        assertThat(after.get("total").asLong()).isEqualTo(after.get("by_type").get("individual").asLong()
                + after.get("by_type").get("organization").asLong());
    }

    @Test
    void trendBuckets() {
        JsonNode dayBefore = http.get("/internal/stats/customers/trend?period=day", service()).data();
        createCustomerId();
        JsonNode day = http.get("/internal/stats/customers/trend", service()).data();
        assertThat(day.get("period").asText()).isEqualTo("day");
        assertThat(day.get("data").size()).isEqualTo(30);
        String today = LocalDate.now().toString();
        assertThat(day.get("data").get(29).get("date").asText()).isEqualTo(today);
        assertThat(day.get("data").get(0).get("date").asText()).isEqualTo(LocalDate.now().minusDays(29).toString());
        assertThat(todayValue(day, today) - todayValue(dayBefore, today)).isEqualTo(1);

        JsonNode week = http.get("/internal/stats/customers/trend?period=week", service()).data();
        assertThat(week.get("data").size()).isEqualTo(12);
        String monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        assertThat(week.get("data").get(11).get("date").asText()).isEqualTo(monday);
        assertThat(todayValue(week, monday)).isGreaterThanOrEqualTo(todayValue(day, today));

        JsonNode month = http.get("/internal/stats/customers/trend?period=month", service()).data();
        assertThat(month.get("data").size()).isEqualTo(12);
        assertThat(month.get("data").get(11).get("date").asText()).isEqualTo(YearMonth.now().toString());
        assertThat(month.get("data").get(0).get("date").asText()).isEqualTo(YearMonth.now().minusMonths(11).toString());
        assertThat(todayValue(month, YearMonth.now().toString())).isGreaterThanOrEqualTo(todayValue(week, monday));

        Resp bad = http.get("/internal/stats/customers/trend?period=year", service());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactly("period");
    }

    @Test
    void serviceRecordStats() {
        JsonNode before = http.get("/internal/stats/service-records", service()).data();
        String assignee = uuid();
        String customer = createCustomerId();
        http.post("/api/service-management/service-records", admin(), map("customer_id", customer,
                "sales_user_id", assignee, "priority", "urgent"));
        String second = http.post("/api/service-management/service-records", admin(), map("customer_id", customer,
                "sales_user_id", assignee)).data().get("id").asText();
        http.put("/api/service-management/service-records/" + second, admin(), map("status", "in_progress"));

        JsonNode after = http.get("/internal/stats/service-records", service()).data();
        assertThat(after.get("total").asLong() - before.get("total").asLong()).isEqualTo(2);
        assertThat(after.get("by_assignee").get(assignee).asLong()).isEqualTo(2);
        assertThat(after.get("by_status").get("in_progress").asLong()
                - before.get("by_status").path("in_progress").asLong(0)).isEqualTo(1);
        assertThat(after.get("by_priority").get("urgent").asLong()
                - before.get("by_priority").path("urgent").asLong(0)).isEqualTo(1);
    }

    @Test
    void onlyServiceTokens() {
        for (String path : new String[] {"/internal/stats/customers", "/internal/stats/customers/trend",
            "/internal/stats/service-records"}) {
            assertThat(http.get(path, null).status()).isEqualTo(401);
            assertThat(http.get(path, sales()).status()).isEqualTo(403);
            assertThat(http.get(path, token("FINANCE")).status()).isEqualTo(403);
            assertThat(http.get(path, service()).status()).isEqualTo(200);
            assertThat(http.get(path, admin()).status()).isEqualTo(403);
        }
    }

    /**
     * The real answers of the endpoints analytics reads, recorded for analytics' {@code InternalContractTest}
     * (see common-lib's {@code InternalContract}), with data in every map.
     */
    @Test
    void recordsTheRealStatsAnswersForTheConsumers() {
        String customer = createCustomer(map("customer_type", "organization", "customer_source_type", "agent",
                "agent_id", uuid())).get("id").asText();
        assertThat(http.post("/api/service-management/service-records", admin(), map("customer_id", customer,
                "sales_user_id", uuid(), "priority", "high")).status()).isEqualTo(200);
        for (String path : new String[] {"/internal/stats/customers", "/internal/stats/customers/trend?period=day",
                "/internal/stats/customers/trend?period=week", "/internal/stats/customers/trend?period=month",
                "/internal/stats/service-records"}) {
            Resp r = http.get(path, service());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            InternalContract.record(path, r.raw());
        }
        assertThat(http.get("/internal/stats/service-records", service()).data().propertyNames())
                .containsExactlyInAnyOrder("total", "by_status", "by_priority", "by_assignee");
    }
}

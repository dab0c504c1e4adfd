package com.bantu.servicemanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The stats rollups (migration V10, kept by {@link StatsRollups}) against a full recount of the base tables, after
 * every kind of write that moves a figure: creates, type and source changes, soft deletes and restores of customers; creates,
 * status, priority and sales user changes, deletes and restores of service records; a write that fails; and rows
 * written with bulk SQL, which only the rebuild sees.
 */
class StatsRollupsIT extends IntegrationTestBase {

    private static final String RECORDS = "/api/service-management/service-records";
    private static final String CUSTOMERS = "/api/service-management/customers";

    @Autowired
    StatsService stats;

    @Autowired
    JdbcTemplate jdbc;

    private void assertExact() {
        for (String period : StatsService.PERIODS) {
            StatsService.Recount full = stats.recount(period);
            CustomerStats c = stats.customers();
            assertThat(c.total()).isEqualTo(full.customers().total());
            assertThat(nonZero(c.byType())).isEqualTo(nonZero(full.customers().byType()));
            assertThat(nonZero(c.bySource())).isEqualTo(nonZero(full.customers().bySource()));
            assertThat(c.activeCount()).isEqualTo(full.customers().activeCount());
            Map<String, Long> trend = new TreeMap<>();
            stats.customerTrend(period).data().forEach(p -> trend.put(p.date(), p.value()));
            assertThat(trend).as(period).isEqualTo(new TreeMap<>(full.trend()));
            ServiceRecordStats r = stats.serviceRecords();
            assertThat(r).isEqualTo(full.serviceRecords());
        }
    }

    private static Map<String, Long> nonZero(Map<String, Long> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> {
            if (v != 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    private String record(String customerId, Object... fields) {
        Map<String, Object> body = map(fields);
        body.put("customer_id", customerId);
        Resp r = http.post(RECORDS, admin(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("id").asText();
    }

    @Test
    void rollupsEqualAFullRecountAfterEveryKindOfWrite() {
        assertExact();
        String org = createCustomer(map("customer_type", "organization", "customer_source_type", "agent",
                "agent_id", uuid())).get("id").asText();
        String person = createCustomerId();
        String gone = createCustomerId();
        assertExact();

        // a customer changes type, another is deleted (with a service record: it leaves active_count)
        assertThat(http.put(CUSTOMERS + "/" + person, admin(), map("customer_type", "organization")).status())
                .isEqualTo(200);
        record(gone);
        assertExact();
        assertThat(http.delete(CUSTOMERS + "/" + gone, admin()).status()).isEqualTo(200);
        assertExact();
        assertThat(http.put(CUSTOMERS + "/" + gone + "/restore", admin(), null).status()).isEqualTo(200);
        assertExact();

        // service records: create, change status, priority, sales user, move to another customer, delete
        String salesUser = uuid();
        FOUNDATION.users.put(salesUser, "Sales Rollup");
        String r1 = record(org, "sales_user_id", salesUser, "priority", "high");
        String r2 = record(org);
        assertExact();
        assertThat(http.put(RECORDS + "/" + r1, admin(), map("status", "in_progress")).status()).isEqualTo(200);
        assertThat(http.put(RECORDS + "/" + r2, admin(), map("priority", "urgent", "sales_user_id", salesUser))
                .status()).isEqualTo(200);
        assertExact();
        // a record of the other customer, then the first customer's records deleted: it leaves active_count
        String r3 = record(person, "status", "pending");
        assertExact();
        assertThat(http.delete(RECORDS + "/" + r1, admin()).status()).isEqualTo(200);
        assertThat(http.delete(RECORDS + "/" + r2, admin()).status()).isEqualTo(200);
        assertExact();
        assertThat(http.delete(RECORDS + "/" + r3, admin()).status()).isEqualTo(200);
        assertThat(http.put(RECORDS + "/" + r3 + "/restore", admin(), null).status()).isEqualTo(200);
        assertExact();

        // a write that fails (unknown field value) changes nothing
        assertThat(http.put(CUSTOMERS + "/" + org, admin(), map("customer_type", "robot")).status()).isEqualTo(400);
        assertExact();
    }

    @Test
    void bulkSqlIsSeenOnlyAfterTheRebuild() {
        String id = uuid();
        jdbc.update("INSERT INTO customers (id, name, code, customer_type, customer_source_type, tags, is_locked, "
                + "is_active, version, created_at, updated_at) VALUES (?, ?, ?, 'organization', 'own', '[]', FALSE, "
                + "TRUE, 0, NOW(), NOW())", id, unique("Bulk "), unique("BULK"));
        long before = stats.customers().total();
        assertThat(stats.recount("day").customers().total()).isEqualTo(before + 1);

        Resp rebuilt = http.post("/internal/stats/rollups/rebuild", jwt.issueServiceToken("analytics").token(),
                Map.of());
        assertThat(rebuilt.status()).isEqualTo(200);
        JsonNode data = rebuilt.data();
        assertThat(data.get("total").asLong()).isEqualTo(before + 1);
        assertExact();
        assertThat(http.post("/internal/stats/rollups/rebuild", sales(), Map.of()).status()).isEqualTo(403);
    }
}

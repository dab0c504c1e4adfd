package com.bantu.servicemanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.scope.DataScope.Level;
import com.bantu.common.scope.StatsScope;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /internal/stats/**} with a dashboard reader's data scope (analytics sends it as {@link StatsScope} query
 * parameters): an {@code own} reader counts only the customers and service records they own or created, an
 * {@code org} reader those of their organization too, {@code none} nothing, and no scope (all) everything, from the
 * rollups as before.
 */
class ScopedStatsIT extends IntegrationTestBase {

    private String service() {
        return jwt.issueServiceToken("analytics-monitoring-service").token();
    }

    private JsonNode get(String path, StatsScope scope) {
        Map<String, String> q = scope.toQuery();
        String query = q.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        String sep = path.contains("?") ? "&" : "?";
        Resp r = http.get(query.isEmpty() ? path : path + sep + query, service());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    private String customerOf(String token) {
        Resp r = http.post("/api/service-management/customers", token, map("name", unique("Scoped "),
                "owner_user_id", null));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("id").asText();
    }

    private void recordOf(String token, String customerId) {
        Resp r = http.post("/api/service-management/service-records", token, map("customer_id", customerId,
                "service_name", "Visa", "priority", "high"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static long today(JsonNode trend) {
        for (JsonNode p : trend.get("data")) {
            if (p.get("date").asText().equals(LocalDate.now().toString())) {
                return p.get("value").asLong();
            }
        }
        throw new AssertionError("no bucket for today in " + trend);
    }

    @Test
    void ownAndOrgScopesCountOnlyTheReadersRecordsAndAllCountsEverything() {
        String orgX = uuid();
        String orgY = uuid();
        String a = uuid();
        String b = uuid();
        String tokenA = token(a, "SALES", orgX, null, List.of());
        String tokenB = token(b, "SALES", orgX, null, List.of());
        String tokenC = token(uuid(), "SALES", orgY, null, List.of());
        JsonNode allCustomersBefore = get("/internal/stats/customers", StatsScope.ALL);
        JsonNode allRecordsBefore = get("/internal/stats/service-records", StatsScope.ALL);

        String a1 = customerOf(tokenA);
        customerOf(tokenA);
        recordOf(tokenA, a1);
        String b1 = customerOf(tokenB);
        recordOf(tokenB, b1);
        recordOf(tokenB, b1);
        String c1 = customerOf(tokenC);
        recordOf(tokenC, c1);

        StatsScope ownA = new StatsScope(Level.OWN, a, Set.of(), Set.of("SALES"));
        JsonNode customers = get("/internal/stats/customers", ownA);
        assertThat(customers.get("total").asLong()).isEqualTo(2);
        assertThat(customers.get("by_type").get("individual").asLong()).isEqualTo(2);
        assertThat(customers.get("active_count").asLong()).isEqualTo(1);
        JsonNode records = get("/internal/stats/service-records", ownA);
        assertThat(records.get("total").asLong()).isEqualTo(1);
        assertThat(records.get("by_priority").get("high").asLong()).isEqualTo(1);
        assertThat(today(get("/internal/stats/customers/trend?period=day", ownA))).isEqualTo(2);

        // a manager of organization X (not an owner of anything): A's and B's records, not C's
        StatsScope orgOfX = new StatsScope(Level.ORG, uuid(), Set.of(orgX), Set.of("OPERATION"));
        assertThat(get("/internal/stats/customers", orgOfX).get("total").asLong()).isEqualTo(3);
        assertThat(get("/internal/stats/customers", orgOfX).get("active_count").asLong()).isEqualTo(2);
        assertThat(get("/internal/stats/service-records", orgOfX).get("total").asLong()).isEqualTo(3);
        assertThat(today(get("/internal/stats/customers/trend?period=day", orgOfX))).isEqualTo(3);

        StatsScope none = new StatsScope(Level.NONE, uuid(), Set.of(), Set.of("AGENT"));
        assertThat(get("/internal/stats/customers", none).get("total").asLong()).isZero();
        assertThat(get("/internal/stats/service-records", none).get("total").asLong()).isZero();

        // all (no parameters): the rollups, every record of every reader
        JsonNode allCustomers = get("/internal/stats/customers", StatsScope.ALL);
        assertThat(allCustomers.get("total").asLong() - allCustomersBefore.get("total").asLong()).isEqualTo(4);
        JsonNode allRecords = get("/internal/stats/service-records", StatsScope.ALL);
        assertThat(allRecords.get("total").asLong() - allRecordsBefore.get("total").asLong()).isEqualTo(4);
    }

    @Test
    void anUnknownScopeIsRefused() {
        Resp r = http.get("/internal/stats/customers?scope=everything", service());
        assertThat(r.status()).isEqualTo(400);
    }
}

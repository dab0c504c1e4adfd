package com.bantu.business.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.scope.DataScope.Level;
import com.bantu.common.scope.StatsScope;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp.Resp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /internal/stats/orders} and {@code /revenue} with a dashboard reader's data scope (analytics sends it as
 * {@link StatsScope} query parameters): {@code own} counts the reader's orders, {@code org} those of their
 * organization, an operation-only reader only the orders assigned to them, and no scope (all) every order.
 */
class ScopedStatsIT extends IntegrationTestBase {

    private JsonNode get(String path, StatsScope scope) {
        Map<String, String> q = scope.toQuery();
        String query = q.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        String sep = path.contains("?") ? "&" : "?";
        Resp r = http.get(query.isEmpty() ? path : path + sep + query, serviceToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    /** A SALES user of {@code organizationId} (the orders it creates belong to that organization). */
    private User salesOf(String organizationId) {
        String id = uuid();
        DOWNSTREAM.users.put(id, "sales " + id.substring(0, 4));
        return new User(id, jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(id, "sales-" + id.substring(0, 8),
                null, List.of("SALES"), organizationId))).token());
    }

    private void complete(String id) {
        User op = user("OPERATION");
        approve(id);
        http.post(ORDERS + "/" + id + "/assign", admin(), map("assigned_to_user_id", op.id()));
        http.put(ORDERS + "/" + id, op.token(), map("status_code", "processing"));
        assertThat(http.put(ORDERS + "/" + id, op.token(), map("status_code", "completed")).status()).isEqualTo(200);
    }

    @Test
    void ownAndOrgScopesCountOnlyTheReadersOrdersAndAllCountsEverything() {
        String orgX = uuid();
        String orgY = uuid();
        User a = salesOf(orgX);
        User b = salesOf(orgX);
        User c = salesOf(orgY);
        JsonNode allBefore = get("/internal/stats/orders", StatsScope.ALL);

        String paid = order(a, customer("PT A1"), List.of(item(1, 100, 0)), "currency_code", "IDR",
                "exchange_rate", 1).get("id").asText();
        order(a);
        order(b);
        order(c);
        complete(paid);

        StatsScope ownA = new StatsScope(Level.OWN, a.id(), Set.of(), Set.of("SALES"));
        JsonNode mine = get("/internal/stats/orders", ownA);
        assertThat(mine.get("total").asLong()).isEqualTo(2);
        assertThat(mine.get("by_status").get("completed").asLong()).isEqualTo(1);
        assertThat(mine.get("total_revenue").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(get("/internal/stats/revenue?period=day", ownA).get("total").decimalValue())
                .isEqualByComparingTo("100.00");
        StatsScope ownB = new StatsScope(Level.OWN, b.id(), Set.of(), Set.of("SALES"));
        assertThat(get("/internal/stats/orders", ownB).get("total").asLong()).isEqualTo(1);
        assertThat(get("/internal/stats/revenue?period=day", ownB).get("total").decimalValue())
                .isEqualByComparingTo(BigDecimal.ZERO);

        // a sales manager of organization X: A's and B's orders, not C's
        StatsScope managerOfX = new StatsScope(Level.ORG, uuid(), Set.of(orgX), Set.of("SALES"));
        assertThat(get("/internal/stats/orders", managerOfX).get("total").asLong()).isEqualTo(3);
        assertThat(get("/internal/stats/orders", managerOfX).get("total_revenue").decimalValue())
                .isEqualByComparingTo("100.00");
        // an operation-only reader sees only the orders assigned to them, whatever the organization scope
        StatsScope operationOfX = new StatsScope(Level.ORG, uuid(), Set.of(orgX), Set.of("OPERATION"));
        assertThat(get("/internal/stats/orders", operationOfX).get("total").asLong()).isZero();
        StatsScope none = new StatsScope(Level.NONE, uuid(), Set.of(), Set.of("AGENT"));
        assertThat(get("/internal/stats/orders", none).get("total").asLong()).isZero();

        JsonNode all = get("/internal/stats/orders", StatsScope.ALL);
        assertThat(all.get("total").asLong() - allBefore.get("total").asLong()).isEqualTo(4);
        assertThat(all.get("total_revenue").decimalValue().subtract(allBefore.get("total_revenue").decimalValue()))
                .isEqualByComparingTo("100.00");
    }
}

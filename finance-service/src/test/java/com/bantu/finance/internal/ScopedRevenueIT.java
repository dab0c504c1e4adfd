package com.bantu.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.scope.DataScope.Level;
import com.bantu.common.scope.StatsScope;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.IntegrationTestBase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /internal/stats/revenue} with a dashboard reader's data scope (analytics sends it as {@link StatsScope}
 * query parameters): {@code own} sums the confirmed payments of the reader's orders (the per-sales-user rollup),
 * {@code org} those of the orders of their organization, and no scope (all) every payment (the day rollup).
 */
class ScopedRevenueIT extends IntegrationTestBase {

    private BigDecimal total(StatsScope scope) {
        Map<String, String> q = scope.toQuery();
        String query = q.entrySet().stream().map(e -> "&" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining());
        Resp r = http.get("/internal/stats/revenue?period=month" + query, service());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode data = r.data();
        return data.get("total").decimalValue();
    }

    /** An order of {@code salesUserId} in {@code organizationId} with one stage, paid {@code amount} IDR. */
    private void paidOrder(String salesUserId, String organizationId, String amount) {
        String id = uuid();
        Resp r = event(uuid(), "order.submitted", map("order_id", id, "order_number",
                "ORD-" + id.substring(0, 8).toUpperCase(), "customer_id", "cust-" + id.substring(0, 6),
                "customer_name", "Customer " + id.substring(0, 4), "sales_user_id", salesUserId,
                "organization_id", organizationId, "currency_code", "IDR", "final_amount", new BigDecimal("1000"),
                "exchange_rate", BigDecimal.ONE, "title", "t"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String stageId = plan(id, List.of(stage(1, "1000", null))).at("/stages/0/id").asText();
        paid(receipt(id, stageId, amount, "IDR"));
    }

    @Test
    void ownAndOrgScopesSumOnlyTheReadersOrdersAndAllSumsEverything() {
        String orgX = uuid();
        String orgY = uuid();
        String a = uuid();
        String b = uuid();
        BigDecimal allBefore = total(StatsScope.ALL);

        paidOrder(a, orgX, "100");
        paidOrder(a, orgX, "20");
        paidOrder(b, orgX, "3");
        paidOrder(uuid(), orgY, "400");

        assertThat(total(new StatsScope(Level.OWN, a, Set.of(), Set.of("SALES")))).isEqualByComparingTo("120");
        assertThat(total(new StatsScope(Level.OWN, b, Set.of(), Set.of("SALES")))).isEqualByComparingTo("3");
        assertThat(total(new StatsScope(Level.ORG, uuid(), Set.of(orgX), Set.of("SALES"))))
                .isEqualByComparingTo("123");
        assertThat(total(new StatsScope(Level.ORG_AND_CHILDREN, uuid(), Set.of(orgX, orgY), Set.of("OPERATION"))))
                .isEqualByComparingTo("523");
        assertThat(total(new StatsScope(Level.NONE, uuid(), Set.of(), Set.of("AGENT")))).isEqualByComparingTo("0");
        assertThat(total(StatsScope.ALL).subtract(allBefore)).isEqualByComparingTo("523");
    }
}

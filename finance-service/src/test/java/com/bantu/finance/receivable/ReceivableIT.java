package com.bantu.finance.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.IntegrationTestBase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReceivableIT extends IntegrationTestBase {

    private static final String BASE = "/api/finance";

    @Test
    void planMustSumToTheOrderAndUsesItsCurrency() {
        String orderId = order(uuid(), "CNY", "1000.00", "0.0005");
        Resp bad = http.post(BASE + "/orders/" + orderId + "/receivables", finance(),
                map("stages", List.of(stage(1, "600", null), stage(2, "300", null))));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.fields()).containsExactly("stages");
        Resp dup = http.post(BASE + "/orders/" + orderId + "/receivables", finance(),
                map("stages", List.of(stage(1, "600", null), stage(1, "400", null))));
        assertThat(dup.fields()).containsExactly("stages[1].stage_number");
        assertThat(http.post(BASE + "/orders/" + orderId + "/receivables", finance(), map("stages", List.of()))
                .fields()).containsExactly("stages");
        assertThat(http.post(BASE + "/orders/" + orderId + "/receivables", finance(),
                map("stages", List.of(map("stage_number", 0, "stage_name", "x", "amount", -1)))).fields())
                .containsExactlyInAnyOrder("stages[0].stage_number", "stages[0].amount");

        JsonNode plan = plan(orderId, List.of(stage(1, "600", "2030-01-31"), stage(2, "400.00", null)));
        assertThat(plan.get("planned_total").decimalValue()).isEqualByComparingTo("1000");
        assertThat(plan.get("outstanding").decimalValue()).isEqualByComparingTo("1000");
        assertThat(plan.get("currency_code").asText()).isEqualTo("CNY");
        JsonNode s1 = plan.get("stages").get(0);
        assertThat(s1.get("currency_code").asText()).isEqualTo("CNY");
        assertThat(s1.get("status").asText()).isEqualTo("pending");
        assertThat(s1.get("payment_status").asText()).isEqualTo("unpaid");
        assertThat(s1.get("remaining_amount").decimalValue()).isEqualByComparingTo("600");

        // replace while nothing is paid
        JsonNode again = plan(orderId, List.of(stage(1, "1000", null)));
        assertThat(again.get("stages")).hasSize(1);
        Resp read = http.get(BASE + "/orders/" + orderId + "/receivables", finance());
        assertThat(read.data().get("stages")).hasSize(1);
        assertThat(read.data().get("order_number").asText()).startsWith("ORD-");
    }

    @Test
    void updateCancelAndListFilters() {
        String sales = uuid();
        String orderId = order(sales, "IDR", "5000000", "1");
        JsonNode plan = plan(orderId, List.of(stage(1, "2000000", "2020-01-01"), stage(2, "3000000", "2040-01-01")));
        String s1 = plan.at("/stages/0/id").asText();
        String s2 = plan.at("/stages/1/id").asText();

        Resp upd = http.put(BASE + "/receivables/" + s2, finance(), map("invoice_number", "INV-1", "notes", "n",
                "stage_name", "Final"));
        assertThat(upd.status()).as(upd.toString()).isEqualTo(200);
        assertThat(upd.data().get("invoice_number").asText()).isEqualTo("INV-1");
        assertThat(upd.data().get("stage_name").asText()).isEqualTo("Final");
        // the plan may not grow beyond the order
        assertThat(http.put(BASE + "/receivables/" + s2, finance(), map("amount", 3000001)).fields())
                .containsExactly("amount");
        // statuses are never client-writable: unknown fields are ignored
        assertThat(http.put(BASE + "/receivables/" + s2, finance(), map("status", "paid", "paid_amount", 5))
                .data().get("status").asText()).isEqualTo("pending");
        assertThat(http.put(BASE + "/receivables/" + s2, token(sales, "SALES"), map("notes", "x")).status())
                .isEqualTo(403);

        // stage 1 is past due → derived overdue
        assertThat(receivable(s1).get("status").asText()).isEqualTo("overdue");
        Resp overdue = http.get(BASE + "/receivables?overdue=true&order_id=" + orderId, finance());
        assertThat(overdue.data().get("total").asLong()).isEqualTo(1);
        assertThat(overdue.data().at("/items/0/id").asText()).isEqualTo(s1);
        assertThat(overdue.data().at("/items/0/customer_name").asText()).startsWith("Customer");
        assertThat(overdue.data().at("/items/0/sales_user_id").asText()).isEqualTo(sales);
        assertThat(http.get(BASE + "/receivables?sales_user_id=" + sales, finance()).data().get("total").asLong())
                .isEqualTo(2);
        assertThat(http.get(BASE + "/receivables?order_id=" + orderId + "&due_from=2030-01-01", finance()).data()
                .get("total").asLong()).isEqualTo(1);

        // cancel with a confirmed payment → 409; without → cancelled
        paid(receipt(orderId, s1, "100", "IDR"));
        Resp blocked = http.post(BASE + "/receivables/" + s1 + "/cancel", finance(), map("reason", "no"));
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);
        assertThat(http.post(BASE + "/receivables/" + s2 + "/cancel", finance(), map()).fields())
                .containsExactly("reason");
        Resp cancelled = http.post(BASE + "/receivables/" + s2 + "/cancel", finance(), map("reason", "dropped"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().get("status").asText()).isEqualTo("cancelled");
        assertThat(http.post(BASE + "/receivables/" + s2 + "/cancel", finance(), map("reason", "again")).status())
                .isEqualTo(200);
        assertThat(http.put(BASE + "/receivables/" + s2, finance(), map("notes", "x")).status()).isEqualTo(409);
        // a plan with payments cannot be replaced
        Resp replace = http.post(BASE + "/orders/" + orderId + "/receivables", finance(),
                map("stages", List.of(stage(1, "5000000", null))));
        assertThat(replace.status()).as(replace.toString()).isEqualTo(409);
        assertThat(http.get(BASE + "/orders/" + orderId + "/receivables", finance()).data().get("paid_total")
                .decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void scopesAuthAndNotFound() {
        String sales = uuid();
        String orderId = order(sales, "CNY", "100", "0.0005");
        String stageId = plan(orderId, List.of(stage(1, "100", null))).at("/stages/0/id").asText();
        String own = token(sales, "SALES");
        String other = token("SALES");
        assertThat(http.get(BASE + "/receivables/" + stageId, own).status()).isEqualTo(200);
        assertThat(http.get(BASE + "/receivables/" + stageId, other).status()).isEqualTo(404);
        assertThat(http.get(BASE + "/orders/" + orderId + "/receivables", other).status()).isEqualTo(404);
        assertThat(http.get(BASE + "/receivables?order_id=" + orderId, other).data().get("total").asLong())
                .isZero();
        assertThat(http.get(BASE + "/receivables?order_id=" + orderId, own).data().get("total").asLong())
                .isEqualTo(1);
        assertThat(http.get(BASE + "/receivables", token("OPERATION")).status()).isEqualTo(403);
        assertThat(http.get(BASE + "/receivables", token("AGENT")).status()).isEqualTo(403);
        assertThat(http.get(BASE + "/receivables", null).status()).isEqualTo(401);
        assertThat(http.get(BASE + "/receivables", "forged.token.value").status()).isEqualTo(401);
        assertThat(http.post(BASE + "/orders/" + orderId + "/receivables", own,
                map("stages", List.of(stage(1, "100", null)))).status()).isEqualTo(403);
        assertThat(http.post(BASE + "/receivables/" + stageId + "/cancel", own, map("reason", "x")).status())
                .isEqualTo(403);
        assertThat(http.get(BASE + "/receivables/" + uuid(), finance()).status()).isEqualTo(404);
        assertThat(http.put(BASE + "/receivables/" + uuid(), finance(), map("notes", "x")).status()).isEqualTo(404);
        assertThat(http.get(BASE + "/receivables?page=0", finance()).fields()).containsExactly("page");
        assertThat(http.get(BASE + "/receivables?due_from=yesterday", finance()).fields()).containsExactly("due_from");
    }

    @Test
    void unknownOrderIsFetchedFromBusinessAnd503WhenBusinessIsDown() {
        String orderId = uuid();
        BUSINESS.data("/internal/orders/" + orderId, Map.of("id", orderId, "order_number", "ORD-REMOTE",
                "customer_id", "c1", "customer_name", "Remote Co", "sales_user_id", uuid(), "currency_code", "IDR",
                "final_amount", new BigDecimal("750.00"), "exchange_rate", 1));
        JsonNode plan = plan(orderId, List.of(stage(1, "750", null)));
        assertThat(plan.get("order_number").asText()).isEqualTo("ORD-REMOTE");
        assertThat(BUSINESS.last("/internal/orders/" + orderId).authorization()).startsWith("Bearer ");

        String missing = uuid();
        BUSINESS.status("/internal/orders/" + missing, 404, "{\"code\":404,\"message\":\"订单不存在\",\"data\":null}");
        assertThat(http.post(BASE + "/orders/" + missing + "/receivables", finance(),
                map("stages", List.of(stage(1, "1", null)))).status()).isEqualTo(404);

        String unknown = uuid();
        BUSINESS.status("/internal/orders/" + unknown, 500, "boom");
        Resp down = http.post(BASE + "/orders/" + unknown + "/receivables", finance(),
                map("stages", List.of(stage(1, "1", null))));
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.body().get("code").asInt()).isEqualTo(503);
        // reads of a known order never need business
        assertThat(http.get(BASE + "/orders/" + orderId + "/receivables", finance()).status()).isEqualTo(200);
    }
}

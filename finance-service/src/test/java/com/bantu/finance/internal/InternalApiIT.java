package com.bantu.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.IntegrationTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InternalApiIT extends IntegrationTestBase {

    @Test
    void planHandOverIsIdempotentOnTheOrder() {
        String orderId = uuid();
        Map<String, Object> body = map("order_id", orderId, "order", map("order_number", "ORD-HAND",
                "sales_user_id", uuid(), "currency_code", "IDR", "final_amount", 300, "exchange_rate", 1),
                "stages", List.of(stage(1, "100", null), stage(2, "200", null)));
        Resp first = http.post("/internal/receivables/plan", service(), body);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().get("stages")).hasSize(2);
        Resp again = http.post("/internal/receivables/plan", service(), map("order_id", orderId,
                "stages", List.of(stage(1, "300", null))));
        assertThat(again.data().get("stages")).hasSize(2);
        assertThat(again.data().at("/stages/0/id").asText()).isEqualTo(first.data().at("/stages/0/id").asText());
        assertThat(http.post("/internal/receivables/plan", finance(), body).status()).isEqualTo(403);
        assertThat(http.post("/internal/receivables/plan", service(), map("order_id", uuid())).fields())
                .containsExactly("stages");
    }

    @Test
    void orderEventsAreAppliedOnceAndDriveTriggers() {
        String sales = uuid();
        String orderId = order(sales, "CNY", "300", "0.0005");
        plan(orderId, List.of(map("stage_number", 1, "stage_name", "On milestone", "amount", 100,
                "payment_trigger", "milestone", "trigger_milestone", "visa_issued"),
                map("stage_number", 2, "stage_name", "On completion", "amount", 200, "payment_trigger", "completion")));
        String eventId = uuid();
        Map<String, Object> milestone = map("event_id", eventId, "event", "stage_completed", "order_id", orderId,
                "stage_code", "visa_issued");
        assertThat(http.post("/internal/events", service(), milestone).data().get("applied").asBoolean()).isTrue();
        assertThat(http.post("/internal/events", service(), milestone).data().get("applied").asBoolean()).isFalse();
        JsonNode plan = http.get("/api/finance/orders/" + orderId + "/receivables", finance()).data();
        assertThat(plan.at("/stages/0/due_date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(plan.at("/stages/1/due_date").isNull()).isTrue();
        http.post("/internal/events", service(), map("event_id", uuid(), "event", "order_completed",
                "order_id", orderId));
        plan = http.get("/api/finance/orders/" + orderId + "/receivables", finance()).data();
        assertThat(plan.at("/stages/1/due_date").asText()).isEqualTo(LocalDate.now().plusDays(7).toString());

        String task = http.post("/api/finance/collection-tasks/orders/" + orderId, finance(), map()).data()
                .get("id").asText();
        http.post("/internal/events", service(), map("event_id", uuid(), "event", "order_cancelled",
                "order_id", orderId));
        plan = http.get("/api/finance/orders/" + orderId + "/receivables", finance()).data();
        assertThat(plan.at("/stages/0/status").asText()).isEqualTo("cancelled");
        assertThat(http.get("/api/finance/collection-tasks/" + task, finance()).data().get("status").asText())
                .isEqualTo("cancelled");
        assertThat(http.post("/internal/events", service(), map("event_id", uuid(), "event", "nope",
                "order_id", orderId)).fields()).containsExactly("event");
        assertThat(http.post("/internal/events", token(sales, "SALES"), milestone).status()).isEqualTo(403);
    }

    @Test
    void paymentsSummaryAndRevenueMoveWithConfirmedPayments() {
        String orderId = order(uuid(), "IDR", "1000", "1");
        String stageId = plan(orderId, List.of(stage(1, "1000", null))).at("/stages/0/id").asText();
        BigDecimal before = http.get("/internal/stats/revenue?period=month", service()).data().get("total")
                .decimalValue();
        paid(receipt(orderId, stageId, "250", "IDR"));
        Resp summary = http.get("/internal/orders/" + orderId + "/payments-summary", service());
        assertThat(summary.data().get("confirmed_count").asLong()).isEqualTo(1);
        assertThat(summary.data().get("paid_total").decimalValue()).isEqualByComparingTo("250");
        Resp revenue = http.get("/internal/stats/revenue?period=month", service());
        assertThat(revenue.data().get("total").decimalValue().subtract(before)).isEqualByComparingTo("250");
        assertThat(revenue.data().get("currency_code").asText()).isEqualTo("IDR");
        assertThat(revenue.data().get("data").toString()).contains("2026-01");
        assertThat(http.get("/internal/stats/revenue?period=hour", service()).fields()).containsExactly("period");
        assertThat(http.get("/internal/stats/revenue", finance()).status()).isEqualTo(403);
    }
}

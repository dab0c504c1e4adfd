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
        Map<String, Object> milestone = map("order_id", orderId, "stage_code", "visa_issued");
        assertThat(event(eventId, "stage.completed", milestone).data().get("outcome").asText())
                .isEqualTo("processed");
        assertThat(event(eventId, "stage.completed", milestone).data().get("outcome").asText())
                .isEqualTo("duplicate");
        JsonNode plan = http.get("/api/finance/orders/" + orderId + "/receivables", finance()).data();
        assertThat(plan.at("/stages/0/due_date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(plan.at("/stages/1/due_date").isNull()).isTrue();
        event(uuid(), "order.completed", map("order_id", orderId, "completed_on", "2026-03-01"));
        plan = http.get("/api/finance/orders/" + orderId + "/receivables", finance()).data();
        assertThat(plan.at("/stages/1/due_date").asText()).isEqualTo("2026-03-08");

        String task = http.post("/api/finance/collection-tasks/orders/" + orderId, finance(), map()).data()
                .get("id").asText();
        event(uuid(), "order.cancelled", map("order_id", orderId, "previous_status", "processing"));
        plan = http.get("/api/finance/orders/" + orderId + "/receivables", finance()).data();
        assertThat(plan.at("/stages/0/status").asText()).isEqualTo("cancelled");
        assertThat(http.get("/api/finance/collection-tasks/" + task, finance()).data().get("status").asText())
                .isEqualTo("cancelled");
        // user tokens may not deliver events
        String id = uuid();
        assertThat(http.send("POST", "/internal/events", token(sales, "SALES"), map("id", id, "type",
                "order.cancelled", "version", 1, "source", "x", "payload", milestone), Map.of("Idempotency-Key", id))
                .status()).isEqualTo(403);
    }

    @Test
    void planHandedOverBecomesThePlanAndTheOrderIsCompletedFromBusiness() throws Exception {
        String orderId = uuid();
        String sales = uuid();
        BUSINESS.data("/internal/orders/" + orderId, map("id", orderId, "order_number", "ORD-OPP",
                "customer_id", "c-opp", "customer_name", "Opp Co", "sales_user_id", sales, "currency_code", "CNY",
                "final_amount", 900, "exchange_rate", 0.0005));
        Resp r = event(uuid(), "order.plan_handed_over", map("order_id", orderId, "order_number", "ORD-OPP",
                "opportunity_id", uuid(), "currency_code", "CNY", "final_amount", 900, "stages", List.of(
                        map("stage_number", 1, "stage_name", "Deposit", "amount", 300, "due_date", "2030-01-01",
                                "payment_trigger", "date"),
                        map("stage_number", 2, "stage_name", "Rest", "amount", 600, "payment_trigger", "completion"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode plan = http.get("/api/finance/orders/" + orderId + "/receivables", finance()).data();
        assertThat(plan.get("stages")).hasSize(2);
        assertThat(plan.get("planned_total").decimalValue()).isEqualByComparingTo("900");
        // the sales user comes from business after commit; then the order is in the sales user's scope
        String own = token(sales, "SALES");
        for (int i = 0; i < 100 && http.get("/api/finance/orders/" + orderId + "/receivables", own).status() != 200;
             i++) {
            Thread.sleep(50);
        }
        assertThat(http.get("/api/finance/orders/" + orderId + "/receivables", own).status()).isEqualTo(200);
        // a plan that does not sum to the order is acknowledged and not applied (FINANCE sets it)
        String other = uuid();
        Resp bad = event(uuid(), "order.plan_handed_over", map("order_id", other, "currency_code", "CNY",
                "final_amount", 100, "stages", List.of(map("stage_number", 1, "stage_name", "x", "amount", 50))));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(http.get("/api/finance/receivables?order_id=" + other, finance()).data().get("total").asLong())
                .isZero();
    }

    @Test
    void confirmingPublishesPaymentConfirmedAndStagePaidToBusiness() throws Exception {
        String orderId = order(uuid(), "IDR", "500", "1");
        String stageId = plan(orderId, List.of(stage(1, "500", null))).at("/stages/0/id").asText();
        JsonNode payment = paid(receipt(orderId, stageId, "500", "IDR"));
        String paymentId = payment.get("id").asText();
        boolean confirmed = false;
        boolean stagePaid = false;
        for (int i = 0; i < 200 && !(confirmed && stagePaid); i++) {
            for (var rec : BUSINESS.received()) {
                if (rec.path().equals("/internal/events") && rec.body().contains(paymentId)
                        && rec.body().contains("payment.confirmed")) {
                    confirmed = true;
                    assertThat(rec.authorization()).startsWith("Bearer ");
                }
                if (rec.path().equals("/internal/events") && rec.body().contains(stageId)
                        && rec.body().contains("stage.paid")) {
                    stagePaid = true;
                }
            }
            Thread.sleep(50);
        }
        assertThat(confirmed).as("payment.confirmed delivered").isTrue();
        assertThat(stagePaid).as("stage.paid delivered").isTrue();
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

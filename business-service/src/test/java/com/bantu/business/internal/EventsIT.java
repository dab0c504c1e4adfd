package com.bantu.business.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Events out (outbox → workflow/finance, here the Downstream stub) and in (common-lib's /internal/events). */
class EventsIT extends IntegrationTestBase {

    private static JsonNode await(Supplier<JsonNode> probe) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode n = probe.get();
            if (n != null) {
                return n;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("event not delivered within 10 s");
    }

    private static JsonNode delivered(String type, String orderId) throws InterruptedException {
        return await(() -> DOWNSTREAM.events(type).stream()
                .filter(p -> orderId.equals(p.path("order_id").asString())).findFirst().orElse(null));
    }

    private Resp send(String type, Map<String, Object> payload, String id) {
        return http.send("POST", "/internal/events", serviceToken(), map("id", id, "type", type, "version", 1,
                "source", "workflow-service", "occurred_at", Instant.now().toString(), "payload", payload),
                Map.of("Idempotency-Key", id));
    }

    @Test
    void orderLifecycleEventsAreDeliveredFromTheOutbox() throws Exception {
        User sales = user("SALES");
        User op = user("OPERATION");
        JsonNode o = order(sales, customer("PT Events"), List.of(item(2, "50.00", 0)));
        String id = o.get("id").asText();
        JsonNode submitted = delivered("order.submitted", id);
        assertThat(submitted.get("order_number").asText()).isEqualTo(o.get("order_number").asText());
        assertThat(submitted.get("final_amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(submitted.get("sales_user_id").asText()).isEqualTo(sales.id());
        approve(id);
        http.post(ORDERS + "/" + id + "/assign", admin(), map("assigned_to_user_id", op.id()));
        http.put(ORDERS + "/" + id, op.token(), map("status_code", "processing"));
        http.put(ORDERS + "/" + id, op.token(), map("status_code", "completed"));
        assertThat(delivered("order.completed", id).get("completed_on").asText()).isNotBlank();

        String other = order(sales).get("id").asText();
        http.put(ORDERS + "/" + other, sales.token(), map("status_code", "cancelled"));
        JsonNode cancelled = delivered("order.cancelled", other);
        assertThat(cancelled.get("previous_status").asText()).isEqualTo("submitted");
        assertThat(cancelled.get("actor_id").asText()).isEqualTo(sales.id());
    }

    @Test
    void convertingAnOpportunityHandsThePaymentPlanToFinance() throws Exception {
        User sales = user("SALES");
        String product = uuid();
        DOWNSTREAM.products.put(product, "Visa");
        Resp opp = http.post("/api/business/opportunities", sales.token(), map("name", "Plan", "customer_id",
                customer("PT Plan"), "amount", 300, "products", List.of(map("product_id", product, "quantity", 3,
                        "unit_price", 100)), "payment_stages", List.of(
                        map("stage_number", 1, "stage_name", "Deposit", "amount", 100),
                        map("stage_number", 2, "stage_name", "Rest", "amount", 200, "payment_trigger", "completion"))));
        String orderId = http.post("/api/business/opportunities/" + opp.data().get("id").asText() + "/convert",
                sales.token(), map()).data().get("id").asText();
        JsonNode plan = delivered("order.plan_handed_over", orderId);
        assertThat(plan.get("currency_code").asText()).isEqualTo("CNY");
        assertThat(plan.get("final_amount").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(plan.get("stages")).hasSize(2);
        assertThat(plan.get("stages").get(1).get("payment_trigger").asText()).isEqualTo("completion");
    }

    @Test
    void approvalResultsMoveTheOrderOnceAndNeverBackwards() {
        User sales = user("SALES");
        String id = order(sales).get("id").asText();
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> payload = map("instance_id", uuid(), "business_type", "order", "business_id", id,
                "actor_id", uuid(), "comment", "ok");
        Resp first = send("approval.approved", payload, eventId);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(http.get(ORDERS + "/" + id, admin()).data().get("status_code").asText()).isEqualTo("approved");
        assertThat(send("approval.approved", payload, eventId).status()).as("duplicate acknowledged").isEqualTo(200);
        // a late rejection is acknowledged without effect
        assertThat(send("approval.rejected", payload, UUID.randomUUID().toString()).status()).isEqualTo(200);
        assertThat(http.get(ORDERS + "/" + id, admin()).data().get("status_code").asText()).isEqualTo("approved");
        // a rejection of a submitted order cancels it; an event for an unknown order is acknowledged
        String id2 = order(sales).get("id").asText();
        assertThat(send("approval.rejected", map("business_type", "order", "business_id", id2, "comment", "no"),
                UUID.randomUUID().toString()).status()).isEqualTo(200);
        assertThat(http.get(ORDERS + "/" + id2, admin()).data().get("status_code").asText()).isEqualTo("cancelled");
        assertThat(send("approval.approved", map("business_id", uuid()), UUID.randomUUID().toString()).status())
                .isEqualTo(200);
        // users cannot post events
        assertThat(http.send("POST", "/internal/events", admin(), map("id", "x"), Map.of("Idempotency-Key", "x"))
                .status()).isEqualTo(403);
    }

    @Test
    void aConfirmedPaymentFromFinanceBlocksDeleteAndCancel() {
        User sales = user("SALES");
        String id = order(sales).get("id").asText();
        Resp r = send("payment.confirmed", map("payment_id", uuid(), "order_id", id, "amount", "40.00",
                "currency_code", "CNY"), UUID.randomUUID().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(http.delete(ORDERS + "/" + id, sales.token()).status()).isEqualTo(409);
        assertThat(http.put(ORDERS + "/" + id, sales.token(), map("status_code", "cancelled")).status())
                .isEqualTo(409);
        assertThat(http.get(ORDERS + "/" + id, sales.token()).status()).isEqualTo(200);
    }
}

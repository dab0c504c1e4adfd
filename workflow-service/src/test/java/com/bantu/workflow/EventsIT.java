package com.bantu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Events in and out: business-service's order.submitted starts the approval once; order.cancelled cancels it; an
 * approval result reaches business-service through the outbox even when business-service was down at the time.
 */
class EventsIT extends IntegrationTestBase {

    private TestHttp.Resp deliver(String eventId, String type, Map<String, Object> payload) {
        return http.send("POST", "/internal/events", service(), map("id", eventId, "type", type, "version", 1,
                "source", "business-service", "occurred_at", Instant.now().toString(), "payload", payload),
                Map.of("Idempotency-Key", eventId));
    }

    private Map<String, Object> submitted(String orderId, String salesUserId) {
        return map("order_id", orderId, "order_number", "ORD-E1", "title", "t", "customer_id", uuid(),
                "sales_user_id", salesUserId, "organization_id", uuid(), "final_amount", 1000, "currency_code", "CNY",
                "exchange_rate", 0.0005);
    }

    @Test
    void orderSubmittedStartsTheApprovalOnce() {
        String orderId = uuid();
        String salesId = uuid();
        String eventId = uuid();
        TestHttp.Resp r = deliver(eventId, "order.submitted", submitted(orderId, salesId));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(deliver(eventId, "order.submitted", submitted(orderId, salesId)).status()).isEqualTo(200);
        // a second event for the same order (a resubmitted copy) finds the approval running
        assertThat(deliver(uuid(), "order.submitted", submitted(orderId, salesId)).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_instances WHERE business_id = ?", Integer.class,
                orderId)).isEqualTo(1);
        JsonNode inst = http.get("/api/workflow/instances/by-business/order/" + orderId, admin()).data();
        assertThat(inst.get("status").asText()).isEqualTo("running");
        assertThat(inst.get("started_by").asText()).isEqualTo(salesId);
        JsonNode vars = inst.get("variables");
        assertThat(vars.get("order_number").asText()).isEqualTo("ORD-E1");
        assertThat(vars.get("currency_code").asText()).isEqualTo("CNY");
        // 1000 CNY at 0.0005 CNY per IDR = 2 000 000 IDR: below the threshold, ADMIN review only
        assertThat(vars.get("idr_amount").decimalValue()).isEqualByComparingTo("2000000.00");
        assertThat(vars.get("needs_finance").asBoolean()).isFalse();
        assertThat(vars.get("sales_user_id").asText()).isEqualTo(salesId);
    }

    @Test
    void orderCancelledCancelsTheRunningApproval() {
        String orderId = uuid();
        assertThat(deliver(uuid(), "order.submitted", submitted(orderId, uuid())).status()).isEqualTo(200);
        String id = http.get("/api/workflow/instances/by-business/order/" + orderId, admin()).data().get("id").asText();
        TestHttp.Resp r = deliver(uuid(), "order.cancelled", map("order_id", orderId, "order_number", "ORD-E1",
                "previous_status", "submitted", "actor_id", uuid()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode inst = instance(id);
        assertThat(inst.get("status").asText()).isEqualTo("cancelled");
        assertThat(inst.get("end_reason").asText()).isEqualTo("order cancelled");
        assertThat(outcomes(id)).isEmpty();
        // an order without a running approval: acknowledged, nothing to do
        assertThat(deliver(uuid(), "order.cancelled", map("order_id", uuid())).status()).isEqualTo(200);
    }

    @Test
    void aCancellationThatOvertookItsSubmissionStartsNoApproval() {
        String orderId = uuid();
        assertThat(deliver(uuid(), "order.cancelled", map("order_id", orderId, "order_number", "ORD-E1",
                "previous_status", "submitted", "actor_id", uuid())).status()).isEqualTo(200);
        TestHttp.Resp late = deliver(uuid(), "order.submitted", submitted(orderId, uuid()));
        assertThat(late.status()).as(late.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_instances WHERE business_id = ?", Integer.class,
                orderId)).isZero();
        assertThat(http.get("/api/workflow/instances/by-business/order/" + orderId, admin()).status()).isEqualTo(404);
        // another order, submitted then cancelled twice: still one cancelled approval, and a late copy of its
        // submission starts nothing new
        String other = uuid();
        assertThat(deliver(uuid(), "order.submitted", submitted(other, uuid())).status()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(deliver(uuid(), "order.cancelled", map("order_id", other)).status()).isEqualTo(200);
        }
        assertThat(deliver(uuid(), "order.submitted", submitted(other, uuid())).status()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT status FROM workflow_instances WHERE business_id = ?", String.class,
                other)).containsExactly("cancelled");
    }

    @Test
    void aResultReachesBusinessEvenWhenItWasDownAtTheTime() throws Exception {
        String adminId = uuid();
        String id = startOrder(uuid(), "1000", "IDR", uuid()).get("id").asText();
        String taskId = openTask(id).get("id").asText();
        BUSINESS.down = true;
        try {
            assertThat(complete(taskId, token(adminId, "ADMIN"), "approved", "fine").status()).isEqualTo(200);
            // stored in the outbox with the completion, not delivered while business-service refuses it
            assertThat(waitFor(() -> incomplete(id) == 1 && attempted(id), 30_000)).isTrue();
            assertThat(BUSINESS.forInstance(id)).isEmpty();
        } finally {
            BUSINESS.down = false;
        }
        assertThat(waitFor(() -> !BUSINESS.forInstance(id).isEmpty() && incomplete(id) == 0, 60_000))
                .as("delivered by the scheduled resubmission").isTrue();
        List<JsonNode> got = BUSINESS.forInstance(id);
        assertThat(got).hasSize(1);
        JsonNode e = got.get(0);
        assertThat(e.get("type").asText()).isEqualTo("approval.approved");
        assertThat(e.get("source").asText()).isEqualTo("workflow-service");
        assertThat(e.get("payload").get("actor_id").asText()).isEqualTo(adminId);
        assertThat(e.get("payload").get("comment").asText()).isEqualTo("fine");
        assertThat(e.get("payload").get("business_type").asText()).isEqualTo("order");
    }

    private int incomplete(String instanceId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL "
                + "AND SERIALIZED_EVENT LIKE ?", Integer.class, "%" + instanceId + "%");
    }

    private boolean attempted(String instanceId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ? "
                + "AND STATUS = 'FAILED'", Integer.class, "%" + instanceId + "%") > 0;
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(300);
        }
        return condition.getAsBoolean();
    }
}

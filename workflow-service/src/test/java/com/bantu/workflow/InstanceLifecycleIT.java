package com.bantu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Idempotent starts, cancel, suspend/resume and the internal signal. */
class InstanceLifecycleIT extends IntegrationTestBase {

    private Map<String, Object> orderStart(String businessId, String definitionKey) {
        return map(definitionKey, "order_approval", "business_type", "order", "business_id", businessId,
                "variables", map("order_number", "ORD-1", "final_amount", new BigDecimal("1000"), "currency_code",
                        "IDR", "sales_user_id", uuid()));
    }

    @Test
    void startingTwiceForOneOrderGivesOneInstance() throws Exception {
        String orderId = uuid();
        String first = startOrder(orderId, "1000", "IDR", uuid()).get("id").asText();
        String again = startOrder(orderId, "1000", "IDR", uuid()).get("id").asText();
        assertThat(again).isEqualTo(first);
        // the public API does not start order approvals at all: their figures come from business-service
        TestHttp.Resp pub = http.post("/api/workflow/instances", admin(), orderStart(uuid(), "definition_code"));
        assertThat(pub.status()).as(pub.toString()).isEqualTo(400);
        assertThat(pub.fields()).containsExactly("definition_code");

        // concurrent starts for a fresh order meet on the unique key: one instance
        String raced = uuid();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> {
                    TestHttp.Resp r = http.post("/internal/instances", service(), orderStart(raced, "definition_code"));
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    return r.data().get("id").asText();
                });
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_instances WHERE business_id = ?",
                Integer.class, raced)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?",
                Integer.class, raced)).isEqualTo(1);
    }

    @Test
    void theStarterMayCancel() {
        String starterId = uuid();
        String starter = token(starterId, "SALES");
        String orderId = uuid();
        Map<String, Object> body = orderStart(orderId, "definition_code");
        body.put("started_by", starterId);
        TestHttp.Resp r = http.post("/internal/instances", service(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String id = r.data().get("id").asText();
        assertThat(r.data().get("started_by").asText()).isEqualTo(starterId);
        assertThat(r.data().get("workflow_definition_name").asText()).isEqualTo("订单审批流程");
        assertThat(http.get("/api/workflow/instances/" + id + "?lang=id", starter).data()
                .get("workflow_definition_name").asText()).isEqualTo("Proses Persetujuan Pesanan");
        assertThat(http.get("/api/workflow/instances/" + id + "?lang=id", starter).data()
                .get("current_stage_name").asText()).isEqualTo("Tinjau Pesanan");

        // another SALES user cannot see it; a FINANCE user sees it but may not cancel it
        assertThat(http.post("/api/workflow/instances/" + id + "/cancel", token(uuid(), "SALES"), map("reason", "x"))
                .status()).isEqualTo(404);
        assertThat(http.post("/api/workflow/instances/" + id + "/cancel", token(uuid(), "FINANCE"), map("reason", "x"))
                .status()).isEqualTo(403);
        TestHttp.Resp cancel = http.post("/api/workflow/instances/" + id + "/cancel", starter,
                map("reason", "customer withdrew"));
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        assertThat(cancel.data().get("status").asText()).isEqualTo("cancelled");
        JsonNode done = instance(id);
        assertThat(done.get("end_reason").asText()).isEqualTo("customer withdrew");
        assertThat(done.get("tasks").get(0).get("status").asText()).isEqualTo("cancelled");
        assertThat(outcomes(id)).containsExactly("approval.cancelled");
        assertThat(http.post("/api/workflow/instances/" + id + "/cancel", starter, map()).status()).isEqualTo(409);
        // the running slot is free again: a new instance may start for the order
        TestHttp.Resp again = http.post("/internal/instances", service(), body);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data().get("id").asText()).isNotEqualTo(id);
        TestHttp.Resp latest = http.get("/api/workflow/instances/by-business/order/" + orderId, starter);
        assertThat(latest.data().get("id").asText()).isEqualTo(again.data().get("id").asText());
        // the same through the internal API (business-service's order workflow view): service token only
        TestHttp.Resp internal = http.get("/internal/instances/by-business/order/" + orderId, service());
        assertThat(internal.status()).as(internal.toString()).isEqualTo(200);
        assertThat(internal.data().get("id").asText()).isEqualTo(again.data().get("id").asText());
        assertThat(internal.data().get("tasks")).isNotEmpty();
        assertThat(http.get("/internal/instances/by-business/order/" + orderId, starter).status()).isEqualTo(403);
        assertThat(http.get("/internal/instances/by-business/order/" + uuid(), service()).status()).isEqualTo(404);
    }

    @Test
    void suspendAndResume() {
        String id = startOrder(uuid(), "1000", "IDR", uuid()).get("id").asText();
        String taskId = openTask(id).get("id").asText();
        assertThat(http.post("/api/workflow/instances/" + id + "/suspend", token(uuid(), "SALES"), null).status())
                .isEqualTo(403);
        TestHttp.Resp s = http.post("/api/workflow/instances/" + id + "/suspend", admin(), null);
        assertThat(s.status()).as(s.toString()).isEqualTo(200);
        assertThat(s.data().get("status").asText()).isEqualTo("suspended");
        assertThat(http.post("/api/workflow/instances/" + id + "/suspend", admin(), null).status()).isEqualTo(409);
        assertThat(complete(taskId, admin(), "approved", null).status()).isEqualTo(409);
        assertThat(http.post("/api/workflow/instances/" + id + "/resume", admin(), null).data().get("status").asText())
                .isEqualTo("running");
        assertThat(complete(taskId, admin(), "approved", null).status()).isEqualTo(200);
        assertThat(http.post("/api/workflow/instances/" + id + "/resume", admin(), null).status()).isEqualTo(409);
    }

    @Test
    void aSuspendedInstanceCanBeCancelled() {
        String id = startOrder(uuid(), "1000", "IDR", uuid()).get("id").asText();
        assertThat(http.post("/api/workflow/instances/" + id + "/suspend", admin(), null).status()).isEqualTo(200);
        TestHttp.Resp c = http.post("/api/workflow/instances/" + id + "/cancel", admin(), map("reason", "stop"));
        assertThat(c.status()).as(c.toString()).isEqualTo(200);
        assertThat(c.data().get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void theOrderStatusButtonSignalsTheOpenReview() {
        String adminId = uuid();
        String orderId = uuid();
        String id = startOrder(orderId, "1000", "IDR", uuid()).get("id").asText();
        TestHttp.Resp r = http.post("/internal/instances/" + id + "/signal", service(),
                map("outcome", "approved", "actor_id", adminId, "comment", "via status button"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("result").asText()).isEqualTo("approved");
        assertThat(r.data().get("tasks").get(0).get("completed_by").asText()).isEqualTo(adminId);
        assertThat(r.data().get("tasks").get(0).get("comment").asText()).isEqualTo("via status button");
        assertThat(outcomes(id)).containsExactly("approval.approved");
        // nothing left to signal
        assertThat(http.post("/internal/instances/" + id + "/signal", service(),
                map("outcome", "approved", "actor_id", adminId)).status()).isEqualTo(409);

        // by business object, with SPA's "cancelled" meaning rejected
        String other = uuid();
        String id2 = startOrder(other, "1000", "IDR", uuid()).get("id").asText();
        TestHttp.Resp c = http.post("/internal/instances/by-business/order/" + other + "/signal", service(),
                map("outcome", "cancelled", "actor_id", adminId));
        assertThat(c.status()).as(c.toString()).isEqualTo(200);
        assertThat(c.data().get("result").asText()).isEqualTo("rejected");
        assertThat(outcomes(id2)).containsExactly("approval.rejected");
        // an actor outside the open review's group is refused like on the task API
        String id3 = startOrder(uuid(), "1000", "IDR", uuid()).get("id").asText();
        assertThat(http.post("/internal/instances/" + id3 + "/signal", service(),
                map("outcome", "approved", "actor_id", uuid(), "actor_roles", List.of("SALES"))).status())
                .isEqualTo(403);
    }

    @Test
    void listFiltersAndPaging() {
        String orderId = uuid();
        String id = startOrder(orderId, "1000", "IDR", uuid()).get("id").asText();
        TestHttp.Resp r = http.get("/api/workflow/instances?business_type=order&business_id=" + orderId
                + "&status=running&definition_code=order_approval", admin());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("total").asLong()).isEqualTo(1);
        assertThat(r.data().get("items").get(0).get("id").asText()).isEqualTo(id);
        TestHttp.Resp page = http.get("/api/workflow/instances?page=1&size=5000", admin());
        assertThat(page.data().get("size").asInt()).isEqualTo(1000);
        TestHttp.Resp transitions = http.get("/api/workflow/instances/" + id + "/transitions", admin());
        assertThat(transitions.status()).isEqualTo(200);
        assertThat(transitions.data().get(0).get("from_stage").asText()).isEqualTo("submitted");
    }
}

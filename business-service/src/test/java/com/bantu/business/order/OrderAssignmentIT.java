package com.bantu.business.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Ending an assignment ({@code DELETE /orders/{id}/assignments/{aid}}) and the order's workflow view. */
class OrderAssignmentIT extends IntegrationTestBase {

    private String assign(String orderId, String userId) {
        Resp r = http.post(ORDERS + "/" + orderId + "/assign", admin(), map("assigned_to_user_id", userId));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode list = http.get(ORDERS + "/" + orderId + "/assignments", admin()).data();
        return list.get(0).get("id").asText();
    }

    @Test
    void unassignEndsTheAssignmentAndReturnsTheOrderToApproved() {
        User sales = user("SALES");
        User op = user("OPERATION");
        User op2 = user("OPERATION");
        for (String base : List.of(ORDERS, ORDERS_ALIAS)) {
            String id = order(sales).get("id").asText();
            approve(id);
            String first = assign(id, op.id());
            String second = assign(id, op2.id());
            String path = base + "/" + id + "/assignments/";
            // only an ADMIN; the assignee, the sales owner and a stranger are refused; unknown ids are 404
            assertThat(http.delete(path + second, op2.token()).status()).isEqualTo(403);
            assertThat(http.delete(path + second, sales.token()).status()).isEqualTo(403);
            assertThat(http.delete(path + uuid(), admin()).status()).isEqualTo(404);
            String otherOrder = order(sales).get("id").asText();
            assertThat(http.delete(base + "/" + otherOrder + "/assignments/" + second, admin()).status())
                    .as("an assignment of another order").isEqualTo(404);
            // ending the earlier (already ended by the re-assignment) one changes nothing
            Resp old = http.delete(path + first, admin());
            assertThat(old.status()).as(old.toString()).isEqualTo(200);
            assertThat(old.data().get("unassigned_at").isNull()).isFalse();
            assertThat(http.get(base + "/" + id, admin()).data().get("assigned_to_user_id").asText())
                    .isEqualTo(op2.id());
            // ending the current one: no assignee, back to approved, the assignee no longer sees the order
            Resp ended = http.delete(path + second, admin());
            assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
            assertThat(ended.data().get("is_primary").asBoolean()).isFalse();
            assertThat(ended.data().get("unassigned_at").isNull()).isFalse();
            JsonNode o = http.get(base + "/" + id, admin()).data();
            assertThat(o.get("status_code").asText()).isEqualTo("approved");
            assertThat(o.get("assigned_to_user_id").isNull()).isTrue();
            assertThat(http.get(base + "/" + id, op2.token()).status()).isEqualTo(404);
            JsonNode history = http.get(base + "/" + id + "/assignments", admin()).data();
            assertThat(history).hasSize(2);
            history.forEach(a -> assertThat(a.get("unassigned_at").isNull()).isFalse());
            // repeated: answered unchanged
            Resp again = http.delete(path + second, admin());
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.data().get("unassigned_at").asText()).isEqualTo(ended.data().get("unassigned_at")
                    .asText());
            // it can be assigned again
            String third = assign(id, op.id());
            assertThat(http.get(base + "/" + id, admin()).data().get("status_code").asText()).isEqualTo("assigned");
            // an order being processed is re-assigned, not left without an assignee; a final order keeps its history
            assertThat(http.put(base + "/" + id, op.token(), map("status_code", "processing")).status())
                    .isEqualTo(200);
            assertThat(http.delete(path + third, admin()).status()).isEqualTo(409);
            assertThat(http.put(base + "/" + id, admin(), map("status_code", "cancelled")).status()).isEqualTo(200);
            assertThat(http.delete(path + third, admin()).status()).isEqualTo(409);
            assertThat(http.get(base + "/" + id, admin()).data().get("assigned_to_user_id").asText())
                    .isEqualTo(op.id());
        }
    }

    @Test
    void workflowViewComesFromWorkflowServiceWithinTheDataScope() {
        User sales = user("SALES");
        String id = order(sales).get("id").asText();
        String number = http.get(ORDERS + "/" + id, sales.token()).data().get("order_number").asText();
        for (String base : List.of(ORDERS, ORDERS_ALIAS)) {
            // no approval in workflow-service yet: the order with a null instance
            Resp none = http.get(base + "/" + id + "/workflow", sales.token());
            assertThat(none.status()).as(none.toString()).isEqualTo(200);
            assertThat(none.data().get("order_number").asText()).isEqualTo(number);
            assertThat(none.data().get("instance").isNull()).isTrue();
        }
        DOWNSTREAM.approvals.put(id, Map.of("id", "inst-1", "business_id", id, "status", "running",
                "tasks", List.of(Map.of("id", "task-1", "name", "ADMIN review", "status", "open")),
                "transitions", List.of()));
        for (String base : List.of(ORDERS, ORDERS_ALIAS)) {
            Resp view = http.get(base + "/" + id + "/workflow?lang=id", sales.token());
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.data().get("order_id").asText()).isEqualTo(id);
            assertThat(view.data().get("status_code").asText()).isEqualTo("submitted");
            assertThat(view.data().get("instance").get("id").asText()).isEqualTo("inst-1");
            assertThat(view.data().get("instance").get("tasks").get(0).get("status").asText()).isEqualTo("open");
        }
        // outside the data scope 404 (workflow-service is never asked), no role 403, no token 401
        assertThat(http.get(ORDERS + "/" + id + "/workflow", user("SALES").token()).status()).isEqualTo(404);
        assertThat(http.get(ORDERS + "/" + id + "/workflow", token("AGENT")).status()).isEqualTo(403);
        assertThat(http.get(ORDERS + "/" + id + "/workflow", null).status()).isEqualTo(401);
        assertThat(http.get(ORDERS + "/" + id + "/workflow", admin()).data().get("instance").get("id").asText())
                .isEqualTo("inst-1");
        // workflow-service down: a 503 in the envelope naming it
        DOWNSTREAM.down = true;
        Resp down = http.get(ORDERS_ALIAS + "/" + id + "/workflow", sales.token());
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.body().get("message").asText()).contains("workflow-service");
    }
}

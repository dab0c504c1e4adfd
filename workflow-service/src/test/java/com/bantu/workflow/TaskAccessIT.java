package com.bantu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who may see, claim, assign and complete a review; the inbox; 401/400/404. */
class TaskAccessIT extends IntegrationTestBase {

    @Test
    void theOrdersOwnSalesUserCannotReviewItEvenAsAdmin() {
        String salesId = uuid();
        String salesAdmin = token(salesId, "SALES", "ADMIN");
        JsonNode inst = startOrder(uuid(), "1000", "IDR", salesId);
        String taskId = openTask(inst.get("id").asText()).get("id").asText();

        TestHttp.Resp claim = http.post("/api/workflow/tasks/" + taskId + "/claim", salesAdmin, null);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(403);
        TestHttp.Resp r = complete(taskId, salesAdmin, "approved", "mine");
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        TestHttp.Resp assign = http.post("/api/workflow/tasks/" + taskId + "/assign", admin(),
                map("user_id", salesId));
        assertThat(assign.status()).as(assign.toString()).isEqualTo(400);
        assertThat(assign.fields()).containsExactly("user_id");
        // nothing changed
        JsonNode task = openTask(inst.get("id").asText());
        assertThat(task.get("id").asText()).isEqualTo(taskId);
        assertThat(task.get("status").asText()).isEqualTo("pending");
        assertThat(outcomes(inst.get("id").asText())).isEmpty();
        // the signal from business-service applies the same rule
        TestHttp.Resp signal = http.post("/internal/instances/" + inst.get("id").asText() + "/signal", service(),
                map("outcome", "approved", "actor_id", salesId, "actor_roles", List.of("ADMIN")));
        assertThat(signal.status()).as(signal.toString()).isEqualTo(403);
    }

    @Test
    void aUserOutsideTheCandidateGroupCannotClaimOrComplete() {
        JsonNode inst = startOrder(uuid(), "1000", "IDR", uuid());
        String taskId = openTask(inst.get("id").asText()).get("id").asText();
        // FINANCE sees every order's approval, but the first review belongs to ADMIN
        String finance = token(uuid(), "FINANCE");
        assertThat(http.get("/api/workflow/tasks/" + taskId, finance).status()).isEqualTo(200);
        assertThat(http.post("/api/workflow/tasks/" + taskId + "/claim", finance, null).status()).isEqualTo(403);
        assertThat(complete(taskId, finance, "approved", null).status()).isEqualTo(403);
        // an OPERATION user who neither holds the group nor sees the order does not learn the task exists
        String operation = token(uuid(), "OPERATION");
        assertThat(http.get("/api/workflow/tasks/" + taskId, operation).status()).isEqualTo(404);
        assertThat(http.post("/api/workflow/tasks/" + taskId + "/claim", operation, null).status()).isEqualTo(404);
        assertThat(complete(taskId, operation, "approved", null).status()).isEqualTo(404);
        // AGENT has no access to approvals at all
        assertThat(http.get("/api/workflow/tasks", token(uuid(), "AGENT")).status()).isEqualTo(403);
        // assigning is for ADMIN
        assertThat(http.post("/api/workflow/tasks/" + taskId + "/assign", finance, map("user_id", uuid())).status())
                .isEqualTo(403);
    }

    @Test
    void claimUnclaimAssignAndTheInbox() {
        String aId = uuid();
        String bId = uuid();
        String a = token(aId, "ADMIN");
        String b = token(bId, "ADMIN");
        JsonNode inst = startOrder(uuid(), "1000", "IDR", uuid());
        String taskId = openTask(inst.get("id").asText()).get("id").asText();

        assertThat(inbox(a)).contains(taskId);
        assertThat(inbox(token(uuid(), "FINANCE"))).doesNotContain(taskId);
        TestHttp.Resp claim = http.post("/api/workflow/tasks/" + taskId + "/claim", a, null);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(200);
        assertThat(claim.data().get("status").asText()).isEqualTo("in_progress");
        assertThat(claim.data().get("assigned_to_user_id").asText()).isEqualTo(aId);
        assertThat(instance(inst.get("id").asText()).get("tasks").get(0).get("assigned_to_user_id").asText())
                .isEqualTo(aId);
        // claimed: in a's inbox, no longer in another ADMIN's; b cannot claim it or unclaim it
        assertThat(inbox(a)).contains(taskId);
        assertThat(inbox(b)).doesNotContain(taskId);
        assertThat(http.post("/api/workflow/tasks/" + taskId + "/claim", b, null).status()).isEqualTo(409);
        TestHttp.Resp pending = http.get("/api/workflow/tasks?status=in_progress&size=1000", a);
        assertThat(stream(pending.data().get("items")).map(t -> t.get("id").asText())).contains(taskId);

        TestHttp.Resp unclaim = http.post("/api/workflow/tasks/" + taskId + "/unclaim", a, null);
        assertThat(unclaim.status()).as(unclaim.toString()).isEqualTo(200);
        assertThat(unclaim.data().get("status").asText()).isEqualTo("pending");
        assertThat(inbox(b)).contains(taskId);

        TestHttp.Resp assign = http.post("/api/workflow/tasks/" + taskId + "/assign", a, map("user_id", bId));
        assertThat(assign.status()).as(assign.toString()).isEqualTo(200);
        assertThat(assign.data().get("assigned_to_user_id").asText()).isEqualTo(bId);
        TestHttp.Resp r = complete(taskId, b, "approved", "done");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(inbox(b)).doesNotContain(taskId);
        TestHttp.Resp completed = http.get("/api/workflow/tasks?status=completed&size=1000", b);
        assertThat(stream(completed.data().get("items")).map(t -> t.get("id").asText())).contains(taskId);
        // completing again is a conflict
        assertThat(complete(taskId, b, "approved", null).status()).isEqualTo(409);
    }

    @Test
    void errors() {
        assertThat(http.get("/api/workflow/tasks", null).status()).isEqualTo(401);
        assertThat(http.get("/api/workflow/tasks", "not-a-token").status()).isEqualTo(401);
        assertThat(http.get("/api/workflow/tasks/" + uuid(), admin()).status()).isEqualTo(404);
        assertThat(http.get("/api/workflow/instances/" + uuid(), admin()).status()).isEqualTo(404);
        assertThat(complete(uuid(), admin(), "approved", null).status()).isEqualTo(404);
        JsonNode inst = startOrder(uuid(), "1000", "IDR", uuid());
        String taskId = openTask(inst.get("id").asText()).get("id").asText();
        TestHttp.Resp bad = complete(taskId, admin(), "maybe", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactly("outcome");
        assertThat(http.get("/api/workflow/tasks?status=unknown", admin()).status()).isEqualTo(400);
        assertThat(http.get("/api/workflow/tasks?page=0", admin()).status()).isEqualTo(400);
        assertThat(http.get("/api/workflow/tasks?assigned_to_user_id=x", token(uuid(), "SALES")).status())
                .isEqualTo(403);
        // /internal is for service tokens only, ADMIN's user token included
        assertThat(http.post("/internal/instances", token(uuid(), "SALES"), map("definition_code", "order_approval",
                "business_type", "order", "business_id", uuid())).status()).isEqualTo(403);
        assertThat(http.post("/internal/instances", admin(), map("definition_code", "order_approval",
                "business_type", "order", "business_id", uuid())).status()).isEqualTo(403);
        TestHttp.Resp missing = http.post("/internal/instances", service(), map("definition_code", "order_approval"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fields()).contains("business_type", "business_id");
        TestHttp.Resp vars = http.post("/internal/instances", service(), map("definition_code", "order_approval",
                "business_type", "order", "business_id", uuid(), "variables", map("final_amount", "abc")));
        assertThat(vars.status()).as(vars.toString()).isEqualTo(400);
        assertThat(vars.fields()).contains("variables.final_amount", "variables.order_number",
                "variables.currency_code");
    }

    @Test
    void dataScopes() {
        String salesId = uuid();
        String businessId = uuid();
        JsonNode inst = startOrder(businessId, "1000", "IDR", salesId);
        String id = inst.get("id").asText();
        String owner = token(salesId, "SALES");
        String other = token(uuid(), "SALES");
        assertThat(http.get("/api/workflow/instances/" + id, owner).status()).isEqualTo(200);
        assertThat(http.get("/api/workflow/instances/by-business/order/" + businessId, owner).status())
                .isEqualTo(200);
        assertThat(ids(http.get("/api/workflow/instances?size=1000", owner))).contains(id);
        assertThat(http.get("/api/workflow/instances/" + id, other).status()).isEqualTo(404);
        assertThat(http.get("/api/workflow/instances/by-business/order/" + businessId, other).status())
                .isEqualTo(404);
        assertThat(http.get("/api/workflow/instances/by-business/order/" + businessId + "/history", other).status())
                .isEqualTo(404);
        assertThat(ids(http.get("/api/workflow/instances?size=1000", other))).doesNotContain(id);
        // an ADMIN holds the candidate group of the open review; FINANCE reads every order
        assertThat(ids(http.get("/api/workflow/instances?business_id=" + businessId, admin()))).containsExactly(id);
        assertThat(ids(http.get("/api/workflow/instances?business_id=" + businessId, token(uuid(), "FINANCE"))))
                .containsExactly(id);
        // the sales user sees the instance, not the review in their inbox
        assertThat(inbox(owner)).isEmpty();
    }

    private List<String> inbox(String token) {
        TestHttp.Resp r = http.get("/api/workflow/tasks?size=1000", token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return stream(r.data().get("items")).map(t -> t.get("id").asText()).toList();
    }

    private List<String> ids(TestHttp.Resp r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return stream(r.data().get("items")).map(t -> t.get("id").asText()).toList();
    }
}

package com.bantu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The order_approval paths: below and above the threshold, approval and rejection at each review. */
class ApprovalProcessIT extends IntegrationTestBase {

    @Autowired
    ProcessEngineConfiguration engineConfiguration;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TaskService flowableTasks;

    @Test
    void belowTheThresholdOneAdminApprovalEndsApproved() {
        String adminId = uuid();
        JsonNode inst = startOrder(uuid(), "99999999.99", "IDR", uuid());
        String id = inst.get("id").asText();
        assertThat(inst.get("current_stage").asText()).isEqualTo("review_order");
        assertThat(inst.get("variables").get("needs_finance").asBoolean()).isFalse();
        assertThat(inst.get("variables").get("final_amount").decimalValue()).isEqualByComparingTo("99999999.99");
        JsonNode task = openTask(id);
        assertThat(task.get("assigned_to_role").asText()).isEqualTo("ADMIN");
        assertThat(task.get("status").asText()).isEqualTo("pending");
        assertThat(task.get("due_date").isNull()).isFalse();

        TestHttp.Resp r = complete(task.get("id").asText(), token(adminId, "ADMIN"), "approved", "looks right");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("status").asText()).isEqualTo("completed");
        assertThat(r.data().get("completed_by").asText()).isEqualTo(adminId);

        JsonNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("result").asText()).isEqualTo("approved");
        assertThat(done.get("completed_at").isNull()).isFalse();
        assertThat(outcomes(id)).containsExactly("approval.approved");
        String payload = jdbc.queryForObject("SELECT payload FROM workflow_outcomes WHERE workflow_instance_id = ?",
                String.class, id);
        assertThat(payload).contains("\"actor_id\":\"" + adminId + "\"").contains("\"comment\":\"looks right\"")
                .contains("\"business_id\":\"" + done.get("business_id").asText() + "\"");

        // history is the audit: who, when, outcome, comment
        TestHttp.Resp h = http.get("/api/workflow/instances/by-business/order/" + done.get("business_id").asText()
                + "/history", admin());
        assertThat(h.status()).as(h.toString()).isEqualTo(200);
        assertThat(h.data()).hasSize(1);
        assertThat(h.data().get(0).get("completed_by").asText()).isEqualTo(adminId);
        assertThat(h.data().get(0).get("outcome").asText()).isEqualTo("approved");
        assertThat(h.data().get(0).get("comment").asText()).isEqualTo("looks right");
        assertThat(h.data().get(0).get("completed_at").isNull()).isFalse();
        // transitions: start -> review_order -> gateway -> approved
        List<String> from = stream(done.get("transitions")).map(t -> t.get("from_stage").asText()).toList();
        assertThat(from).containsSubsequence("submitted", "review_order", "order_decision", "approved");
        JsonNode review = stream(done.get("transitions"))
                .filter(t -> t.get("from_stage").asText().equals("review_order")).findFirst().orElseThrow();
        assertThat(review.get("to_stage").asText()).isEqualTo("order_decision");
        assertThat(review.get("triggered_by").asText()).isEqualTo(adminId);
        assertThat(review.get("notes").asText()).isEqualTo("looks right");
    }

    @Test
    void aboveTheThresholdFinanceReviewsSecond() {
        String adminId = uuid();
        String financeId = uuid();
        JsonNode inst = startOrder(uuid(), "100000000.01", "IDR", uuid());
        String id = inst.get("id").asText();
        assertThat(inst.get("variables").get("needs_finance").asBoolean()).isTrue();
        JsonNode first = openTask(id);
        assertThat(complete(first.get("id").asText(), token(adminId, "ADMIN"), "approved", "a").status())
                .isEqualTo(200);
        JsonNode second = openTask(id);
        assertThat(second.get("task_code").asText()).isEqualTo("review_finance");
        assertThat(second.get("assigned_to_role").asText()).isEqualTo("FINANCE");
        assertThat(instance(id).get("status").asText()).isEqualTo("running");
        assertThat(instance(id).get("current_stage").asText()).isEqualTo("review_finance");

        // the ADMIN who approved the first stage may not approve the second too
        TestHttp.Resp twice = complete(second.get("id").asText(), token(adminId, "ADMIN", "FINANCE"), "approved", "b");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(403);

        TestHttp.Resp r = complete(second.get("id").asText(), token(financeId, "FINANCE"), "approved", "paid terms ok");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode done = instance(id);
        assertThat(done.get("result").asText()).isEqualTo("approved");
        assertThat(outcomes(id)).containsExactly("approval.approved");
        assertThat(jdbc.queryForObject("SELECT payload FROM workflow_outcomes WHERE workflow_instance_id = ?",
                String.class, id)).contains(financeId);
    }

    @Test
    void historyPerOrderListsEveryReviewOfEveryApprovalOfThatOrder() {
        // an order rejected at the FINANCE review, submitted again and approved at both: four reviews, oldest first
        String orderId = uuid();
        String adminId = uuid();
        String financeId = uuid();
        String first = startOrder(orderId, "250000000", "IDR", uuid()).get("id").asText();
        assertThat(complete(openTask(first).get("id").asText(), token(adminId, "ADMIN"), "approved", "ok by me")
                .status()).isEqualTo(200);
        assertThat(complete(openTask(first).get("id").asText(), token(financeId, "FINANCE"), "rejected",
                "no budget").status()).isEqualTo(200);
        assertThat(instance(first).get("result").asText()).isEqualTo("rejected");
        String second = startOrder(orderId, "250000000", "IDR", uuid()).get("id").asText();
        assertThat(second).as("a new approval once the first has ended").isNotEqualTo(first);
        assertThat(complete(openTask(second).get("id").asText(), token(adminId, "ADMIN"), "approved", "again")
                .status()).isEqualTo(200);
        assertThat(complete(openTask(second).get("id").asText(), token(financeId, "FINANCE"), "approved",
                "budget found").status()).isEqualTo(200);

        TestHttp.Resp h = http.get("/api/workflow/instances/by-business/order/" + orderId + "/history", admin());
        assertThat(h.status()).as(h.toString()).isEqualTo(200);
        assertThat(stream(h.data()).map(t -> t.get("workflow_instance_id").asText()).toList())
                .containsExactly(first, first, second, second);
        assertThat(stream(h.data()).map(t -> t.get("task_code").asText()).toList())
                .containsExactly("review_order", "review_finance", "review_order", "review_finance");
        assertThat(stream(h.data()).map(t -> t.get("completed_by").asText()).toList())
                .containsExactly(adminId, financeId, adminId, financeId);
        assertThat(stream(h.data()).map(t -> t.get("outcome").asText()).toList())
                .containsExactly("approved", "rejected", "approved", "approved");
        assertThat(stream(h.data()).map(t -> t.get("comment").asText()).toList())
                .containsExactly("ok by me", "no budget", "again", "budget found");
        assertThat(stream(h.data()).allMatch(t -> !t.get("completed_at").isNull())).isTrue();
        // the due date of each review is the configured review-due (2 days) after it opened
        JsonNode review = h.data().get(0);
        assertThat(java.time.Duration.between(java.time.LocalDateTime.parse(review.get("created_at").asText()),
                java.time.LocalDateTime.parse(review.get("due_date").asText())))
                .isBetween(java.time.Duration.ofDays(2).minusMinutes(1), java.time.Duration.ofDays(2).plusMinutes(1));
        // another order's reviews are not in it, and an order without approvals is a 404
        assertThat(http.get("/api/workflow/instances/by-business/order/" + uuid() + "/history", admin()).status())
                .isEqualTo(404);
    }

    @Test
    void aForeignCurrencyOrderWithoutIdrAmountGoesToFinance() {
        JsonNode inst = startOrder(uuid(), "10.00", "USD", uuid());
        assertThat(inst.get("variables").get("needs_finance").asBoolean()).isTrue();
    }

    @Test
    void rejectionAtTheFirstReviewEndsRejected() {
        JsonNode inst = startOrder(uuid(), "500000000", "IDR", uuid());
        String id = inst.get("id").asText();
        assertThat(complete(openTask(id).get("id").asText(), admin(), "rejected", "price wrong").status())
                .isEqualTo(200);
        JsonNode done = instance(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("result").asText()).isEqualTo("rejected");
        assertThat(done.get("tasks")).hasSize(1);
        assertThat(outcomes(id)).containsExactly("approval.rejected");
    }

    @Test
    void rejectionAtTheFinanceReviewEndsRejected() {
        JsonNode inst = startOrder(uuid(), "500000000", "IDR", uuid());
        String id = inst.get("id").asText();
        assertThat(complete(openTask(id).get("id").asText(), admin(), "approved", null).status()).isEqualTo(200);
        TestHttp.Resp r = complete(openTask(id).get("id").asText(), token(uuid(), "FINANCE"), "rejected", "no budget");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode done = instance(id);
        assertThat(done.get("result").asText()).isEqualTo("rejected");
        assertThat(done.get("tasks")).hasSize(2);
        assertThat(outcomes(id)).containsExactly("approval.rejected");
    }

    @Test
    void flowableJoinsTheApplicationTransaction() {
        // one DataSource transaction manager for the engine, our tables and the outcome records
        assertThat(((SpringProcessEngineConfiguration) engineConfiguration).getTransactionManager())
                .isSameAs(transactionManager);
        JsonNode inst = startOrder(uuid(), "1000", "IDR", uuid());
        String id = inst.get("id").asText();
        String taskId = openTask(id).get("id").asText();
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            flowableTasks.complete(taskId, Map.of("outcome", "approved"), Map.of("actor_id", uuid()));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workflow_outcomes WHERE workflow_instance_id = ?",
                    Integer.class, id)).isEqualTo(1);
            s.setRollbackOnly();
        });
        // rolled back together: the task is open again, no result recorded, the instance still running
        assertThat(openTask(id).get("id").asText()).isEqualTo(taskId);
        assertThat(outcomes(id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?",
                Integer.class, "%" + id + "%")).isZero();
        assertThat(instance(id).get("status").asText()).isEqualTo("running");
    }
}

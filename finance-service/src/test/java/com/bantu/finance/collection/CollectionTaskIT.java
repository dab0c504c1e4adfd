package com.bantu.finance.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.IntegrationTestBase;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CollectionTaskIT extends IntegrationTestBase {

    private static final String FIN = "/api/finance/collection-tasks";
    private static final String SPA = "/api/order-workflow/collection-tasks";

    @Autowired
    CollectionJob job;

    @Test
    void crudUnderBothPathsWithTransitionsAndNotifications() throws Exception {
        BUSINESS.data("/internal/notifications", null);
        String sales = uuid();
        String orderId = order(sales, "CNY", "100", "0.0005");
        String fin = finance();
        Resp created = http.post(SPA + "/orders/" + orderId, fin, map("notes", "call them", "due_date", "2026-02-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode t = created.data();
        String id = t.get("id").asText();
        assertThat(t.get("status").asText()).isEqualTo("pending");
        assertThat(t.get("task_type").asText()).isEqualTo("manual");
        assertThat(t.get("assigned_to_user_id").asText()).isEqualTo(sales);
        assertThat(t.get("reminder_count").asInt()).isZero();
        awaitNotification(id, 1);
        FakeService.Received n = BUSINESS.last("/internal/notifications");
        assertThat(n.body()).contains("\"user_id\":\"" + sales + "\"", "collection_task");
        assertThat(n.authorization()).startsWith("Bearer ");

        assertThat(http.get(FIN + "/" + id, fin).data().get("notes").asText()).isEqualTo("call them");
        assertThat(http.get(SPA + "/orders/" + orderId, fin).data()).hasSize(1);
        assertThat(http.get(FIN + "?order_id=" + orderId, fin).data().get("total").asLong()).isEqualTo(1);

        String assignee = token(sales, "SALES");
        Resp reminded = http.post(FIN + "/" + id + "/remind", assignee, map("channel", "phone"));
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        assertThat(reminded.data().get("reminder_count").asInt()).isEqualTo(1);
        assertThat(http.post(SPA + "/" + id + "/remind", fin, null).data().get("reminder_count").asInt())
                .isEqualTo(2);
        awaitNotification(id, 3);

        assertThat(http.put(FIN + "/" + id, assignee, map("status", "in_progress")).data().get("status").asText())
                .isEqualTo("in_progress");
        assertThat(http.put(FIN + "/" + id, assignee, map("status", "pending")).status()).isEqualTo(409);
        assertThat(http.put(FIN + "/" + id, assignee, map("status", "bogus")).fields()).containsExactly("status");
        assertThat(http.put(FIN + "/" + id, assignee, map("assigned_to_user_id", uuid())).status()).isEqualTo(403);
        Resp done = http.post(SPA + "/" + id + "/complete", assignee, null);
        assertThat(done.data().get("status").asText()).isEqualTo("completed");
        assertThat(done.data().get("completed_by").asText()).isEqualTo(sales);
        assertThat(http.post(FIN + "/" + id + "/complete", fin, null).status()).isEqualTo(200);
        assertThat(http.post(FIN + "/" + id + "/cancel", fin, map("reason", "x")).status()).isEqualTo(409);
        assertThat(http.post(FIN + "/" + id + "/remind", fin, null).status()).isEqualTo(409);

        String second = http.post(FIN + "/orders/" + orderId, fin, map()).data().get("id").asText();
        Resp cancelled = http.post(FIN + "/" + second + "/cancel", fin, map("reason", "paid in cash"));
        assertThat(cancelled.data().get("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.data().get("cancel_reason").asText()).isEqualTo("paid in cash");
        assertThat(http.get(FIN + "?order_id=" + orderId + "&status=cancelled", fin).data().get("total").asLong())
                .isEqualTo(1);

        // business refusing notifications (or being away) does not fail the task operations
        BUSINESS.status("/internal/notifications", 500, "down");
        try {
            Resp third = http.post(FIN + "/orders/" + orderId, fin, map());
            assertThat(third.status()).as(third.toString()).isEqualTo(201);
            assertThat(http.post(FIN + "/" + third.data().get("id").asText() + "/remind", fin, null).status())
                    .isEqualTo(200);
        } finally {
            BUSINESS.data("/internal/notifications", java.util.Map.of());
        }
    }

    @Test
    void scopesAndAuth() {
        String sales = uuid();
        String orderId = order(sales, "CNY", "100", "0.0005");
        String id = http.post(FIN + "/orders/" + orderId, finance(), map()).data().get("id").asText();
        String other = token("SALES");
        assertThat(http.get(FIN + "/" + id, other).status()).isEqualTo(404);
        assertThat(http.post(FIN + "/" + id + "/complete", other, null).status()).isEqualTo(404);
        assertThat(http.get(FIN + "?order_id=" + orderId, other).data().get("total").asLong()).isZero();
        assertThat(http.post(FIN + "/orders/" + orderId, other, map()).status()).isEqualTo(404);
        assertThat(http.get(FIN + "/orders/" + orderId, other).data()).isEmpty();
        // the order's sales user sees it but, not being the assignee, may not act on a re-assigned task
        String reassigned = uuid();
        assertThat(http.put(FIN + "/" + id, finance(), map("assigned_to_user_id", reassigned)).status())
                .isEqualTo(200);
        assertThat(http.get(FIN + "/" + id, token(sales, "SALES")).status()).isEqualTo(200);
        assertThat(http.post(FIN + "/" + id + "/complete", token(sales, "SALES"), null).status()).isEqualTo(403);
        // the assignee sees it even on someone else's order
        assertThat(http.get(FIN + "/" + id, token(reassigned, "SALES")).status()).isEqualTo(200);
        assertThat(http.get(FIN, token("OPERATION")).status()).isEqualTo(403);
        assertThat(http.get(SPA, null).status()).isEqualTo(401);
        assertThat(http.get(FIN + "/" + uuid(), finance()).status()).isEqualTo(404);
        assertThat(http.post(FIN + "/orders/" + orderId, finance(), map("payment_stage_id", uuid())).fields())
                .containsExactly("payment_stage_id");
        assertThat(http.post(FIN + "/orders/" + orderId, finance(), map("task_type", "other")).fields())
                .containsExactly("task_type");
    }

    @Test
    void tasksFollowTheirStagePaidOrCancelled() {
        String orderId = order(uuid(), "CNY", "300", "0.0005");
        JsonNode plan = plan(orderId, List.of(stage(1, "100", null), stage(2, "200", null)));
        String s1 = plan.at("/stages/0/id").asText();
        String s2 = plan.at("/stages/1/id").asText();
        String fin = finance();
        String t1 = http.post(FIN + "/orders/" + orderId, fin, map("payment_stage_id", s1)).data().get("id").asText();
        String t2 = http.post(FIN + "/orders/" + orderId, fin, map("payment_stage_id", s2)).data().get("id").asText();
        paid(receipt(orderId, s1, "100", "CNY"));
        assertThat(http.get(FIN + "/" + t1, fin).data().get("status").asText()).isEqualTo("completed");
        assertThat(http.post(FIN + "/orders/" + orderId, fin, map("payment_stage_id", s1)).status()).isEqualTo(409);
        assertThat(http.post("/api/finance/receivables/" + s2 + "/cancel", fin, map("reason", "waived")).status())
                .isEqualTo(200);
        assertThat(http.get(FIN + "/" + t2, fin).data().get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void dailyJobRunTwiceAtOnceCreatesEachTaskOnce() throws Exception {
        String sales = uuid();
        String orderId = order(sales, "IDR", "900", "1");
        LocalDate today = LocalDate.now();
        JsonNode plan = plan(orderId, List.of(stage(1, "300", today.minusDays(3).toString()),
                stage(2, "300", today.toString()), stage(3, "300", today.plusDays(10).toString())));
        String s1 = plan.at("/stages/0/id").asText();
        String s2 = plan.at("/stages/1/id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<CollectionJob.Result> a = CompletableFuture.supplyAsync(() -> {
                await(start);
                return job.run(today);
            }, pool);
            CompletableFuture<CollectionJob.Result> b = CompletableFuture.supplyAsync(() -> {
                await(start);
                return job.run(today);
            }, pool);
            start.countDown();
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        JsonNode tasks = http.get(FIN + "/orders/" + orderId, finance()).data();
        assertThat(tasks).hasSize(2);
        assertThat(List.of(tasks.get(0).get("payment_stage_id").asText(), tasks.get(1).get("payment_stage_id")
                .asText())).containsExactlyInAnyOrder(s1, s2);
        tasks.forEach(t -> {
            assertThat(t.get("task_type").asText()).isEqualTo("auto");
            assertThat(t.get("assigned_to_user_id").asText()).isEqualTo(sales);
        });
        assertThat(receivable(s1).get("status").asText()).isEqualTo("overdue");
        assertThat(receivable(s2).get("status").asText()).isEqualTo("pending");
        // a third run adds nothing while the tasks are open
        job.run(today);
        assertThat(http.get(FIN + "/orders/" + orderId, finance()).data()).hasSize(2);
    }

    private static void awaitNotification(String taskId, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            long n = BUSINESS.received().stream().filter(r -> r.path().equals("/internal/notifications")
                    && r.body().contains(taskId)).count();
            if (n >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + count + " notifications for task " + taskId);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

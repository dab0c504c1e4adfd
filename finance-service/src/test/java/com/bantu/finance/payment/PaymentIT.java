package com.bantu.finance.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.IntegrationTestBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentIT extends IntegrationTestBase {

    private static final String BASE = "/api/finance/payments";

    @Test
    void idempotencyKeyRequiredAndReplayed() {
        String orderId = order(uuid(), "CNY", "1000", "0.0005");
        String fin = finance();
        Map<String, Object> body = receipt(orderId, null, "100", "CNY");
        Resp missing = pay(fin, null, body);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.fields()).containsExactly("Idempotency-Key");

        Resp first = pay(fin, "key-1", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data().get("status").asText()).isEqualTo("pending");
        assertThat(first.data().get("order_number").asText()).startsWith("ORD-");
        Map<String, Object> sameValue = receipt(orderId, null, "100.00", "cny");
        Resp replay = pay(fin, "key-1", sameValue);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.data().get("id").asText()).isEqualTo(first.data().get("id").asText());
        Resp other = pay(fin, "key-1", receipt(orderId, null, "101", "CNY"));
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(http.get(BASE + "?order_id=" + orderId, fin).data().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentPostsWithTenKeysCreateTenPayments() throws Exception {
        String orderId = order(uuid(), "IDR", "100000", "1");
        String fin = finance();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Resp>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String key = "bulk-" + orderId + "-" + (i % 10);
                Map<String, Object> body = receipt(orderId, null, String.valueOf(10 + i % 10), "IDR");
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return payRetrying503(fin, key, body);
                }, pool));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (CompletableFuture<Resp> c : calls) {
                Resp r = c.get(60, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.toString()).isIn(200, 201);
                if (r.status() == 201) {
                    created++;
                }
                ids.add(r.data().get("id").asText());
            }
            assertThat(ids).hasSize(10);
            assertThat(created).isEqualTo(10);
            assertThat(http.get(BASE + "?order_id=" + orderId + "&size=100", fin).data().get("total").asLong())
                    .isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A client with an idempotency key retries a 503 ("try again later") with the same key and body, as the API
     * documents. Sixteen simultaneous writes on a 2-core CI machine can wait longer than the pool's 2 s connection
     * timeout (the losers of each key hold a connection while they wait for the winner's row lock), so a 503 is a
     * legitimate answer here; what must hold is that the retries still give exactly one payment per key.
     */
    private Resp payRetrying503(String token, String key, Map<String, Object> body) {
        Resp r = pay(token, key, body);
        for (int attempt = 1; r.status() == 503 && attempt <= 8; attempt++) {
            try {
                Thread.sleep(250L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
            r = pay(token, key, body);
        }
        return r;
    }

    @Test
    void stageBecomesPartialThenPaidAndRefundLowersPaid() {
        String orderId = order(uuid(), "CNY", "1000", "0.0005");
        String stageId = plan(orderId, List.of(stage(1, "600", "2040-01-01"), stage(2, "400", null)))
                .at("/stages/0/id").asText();
        JsonNode p1 = paid(receipt(orderId, stageId, "200", "CNY"));
        assertThat(p1.get("status").asText()).isEqualTo("confirmed");
        assertThat(p1.get("confirmed_by").asText()).isNotBlank();
        JsonNode s = receivable(stageId);
        assertThat(s.get("paid_amount").decimalValue()).isEqualByComparingTo("200");
        assertThat(s.get("remaining_amount").decimalValue()).isEqualByComparingTo("400");
        assertThat(s.get("status").asText()).isEqualTo("partial");
        assertThat(s.get("payment_status").asText()).isEqualTo("partial");
        paid(receipt(orderId, stageId, "400", "CNY"));
        s = receivable(stageId);
        assertThat(s.get("status").asText()).isEqualTo("paid");
        assertThat(s.get("payment_status").asText()).isEqualTo("paid");
        assertThat(s.get("actual_payment_date").isNull()).isFalse();
        assertThat(s.get("payments")).hasSize(2);

        // overpayment refused unless FINANCE allows it
        Resp over = pay(finance(), uuid(), receipt(orderId, stageId, "1", "CNY"));
        assertThat(over.status()).as(over.toString()).isEqualTo(409);

        Map<String, Object> refund = receipt(orderId, stageId, "150", "CNY");
        refund.put("payment_type", "refund");
        paid(refund);
        s = receivable(stageId);
        assertThat(s.get("paid_amount").decimalValue()).isEqualByComparingTo("450");
        assertThat(s.get("status").asText()).isEqualTo("partial");
        assertThat(s.get("payment_status").asText()).isEqualTo("partial");
        Map<String, Object> tooBig = receipt(orderId, stageId, "451", "CNY");
        tooBig.put("payment_type", "refund");
        assertThat(pay(finance(), uuid(), tooBig).status()).isEqualTo(409);
        Map<String, Object> rest = receipt(orderId, stageId, "450", "CNY");
        rest.put("payment_type", "refund");
        paid(rest);
        s = receivable(stageId);
        assertThat(s.get("paid_amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(s.get("payment_status").asText()).isEqualTo("refunded");
        assertThat(s.get("status").asText()).isEqualTo("pending");

        Map<String, Object> allowed = receipt(orderId, stageId, "700", "CNY");
        allowed.put("allow_overpayment", true);
        paid(allowed);
        assertThat(receivable(stageId).get("paid_amount").decimalValue()).isEqualByComparingTo("700");
        assertThat(receivable(stageId).get("remaining_amount").decimalValue()).isEqualByComparingTo("-100");
    }

    @Test
    void twoConcurrentConfirmsOnOneStageLeaveTheRightPaidAmount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String orderId = order(uuid(), "CNY", "1000", "0.0005");
                String stageId = plan(orderId, List.of(stage(1, "1000", null))).at("/stages/0/id").asText();
                String fin = finance();
                String a = pay(fin, uuid(), receipt(orderId, stageId, "300", "CNY")).data().get("id").asText();
                String b = pay(fin, uuid(), receipt(orderId, stageId, "700", "CNY")).data().get("id").asText();
                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<Resp> ca = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return http.post(BASE + "/" + a + "/confirm", fin, map());
                }, pool);
                CompletableFuture<Resp> cb = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return http.post(BASE + "/" + b + "/confirm", fin, map());
                }, pool);
                start.countDown();
                assertThat(ca.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
                assertThat(cb.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
                JsonNode s = receivable(stageId);
                assertThat(s.get("paid_amount").decimalValue()).as("round " + round).isEqualByComparingTo("1000");
                assertThat(s.get("status").asText()).isEqualTo("paid");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void confirmCancelStatesValidationAndScopes() {
        String sales = uuid();
        String orderId = order(sales, "CNY", "1000", "0.0005");
        String own = token(sales, "SALES");
        Resp created = pay(own, uuid(), receipt(orderId, null, "50", "CNY"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.data().get("id").asText();
        assertThat(created.data().get("created_by").asText()).isEqualTo(sales);
        // SALES cannot confirm; other SALES cannot see
        assertThat(http.post(BASE + "/" + id + "/confirm", own, map()).status()).isEqualTo(403);
        assertThat(http.get(BASE + "/" + id, token("SALES")).status()).isEqualTo(404);
        assertThat(pay(token("SALES"), uuid(), receipt(orderId, null, "5", "CNY")).status()).isEqualTo(404);
        assertThat(http.get(BASE + "/" + id, own).status()).isEqualTo(200);
        // the creator may cancel while pending
        Resp cancelled = http.post(BASE + "/" + id + "/cancel", own, map("reason", "typo"));
        assertThat(cancelled.data().get("status").asText()).isEqualTo("cancelled");
        assertThat(http.post(BASE + "/" + id + "/confirm", finance(), map()).status()).isEqualTo(409);

        String fin = finance();
        String second = pay(fin, uuid(), receipt(orderId, null, "60", "CNY")).data().get("id").asText();
        assertThat(http.post(BASE + "/" + second + "/confirm", fin, map("received_at", "2026-01-16T10:00:00"))
                .data().get("received_at").asText()).startsWith("2026-01-16T10:00");
        assertThat(http.post(BASE + "/" + second + "/confirm", fin, map()).status()).isEqualTo(200);
        assertThat(http.post(BASE + "/" + second + "/cancel", fin, map("reason", "x")).status()).isEqualTo(409);

        // transaction_id unique
        Map<String, Object> t1 = receipt(orderId, null, "1", "CNY");
        t1.put("transaction_id", "TX-" + orderId);
        assertThat(pay(fin, uuid(), t1).status()).isEqualTo(201);
        assertThat(pay(fin, uuid(), t1).status()).isEqualTo(409);

        // validation
        assertThat(pay(fin, uuid(), receipt(orderId, null, "1", "IDR")).fields()).containsExactly("currency_code");
        assertThat(pay(fin, uuid(), receipt(orderId, null, "0", "CNY")).fields()).containsExactly("amount");
        assertThat(pay(fin, uuid(), map("order_id", orderId)).fields()).contains("payment_type", "amount",
                "currency_code", "payment_date");
        assertThat(pay(fin, uuid(), receipt(orderId, uuid(), "1", "CNY")).fields())
                .containsExactly("payment_stage_id");
        assertThat(pay(fin, uuid(), receipt(uuid(), null, "1", "CNY")).status()).isIn(404, 503);
        assertThat(pay(token("OPERATION"), uuid(), receipt(orderId, null, "1", "CNY")).status()).isEqualTo(403);
        assertThat(pay(null, uuid(), receipt(orderId, null, "1", "CNY")).status()).isEqualTo(401);
        assertThat(http.get(BASE + "/" + uuid(), fin).status()).isEqualTo(404);
        assertThat(http.post(BASE + "/" + uuid() + "/confirm", fin, map()).status()).isEqualTo(404);

        Resp list = http.get(BASE + "?order_id=" + orderId + "&status=confirmed", own);
        assertThat(list.data().get("total").asLong()).isEqualTo(1);
        assertThat(list.data().at("/items/0/id").asText()).isEqualTo(second);
        assertThat(http.get(BASE + "?order_id=" + orderId, own).data().get("total").asLong()).isEqualTo(3);
        assertThat(http.get(BASE + "?order_id=" + orderId, token("SALES")).data().get("total").asLong()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

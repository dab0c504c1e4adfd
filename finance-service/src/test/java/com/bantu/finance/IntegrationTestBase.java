package com.bantu.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Starts finance-service on a random port against the real test database and Redis, with business-service played
 * by a real local HTTP server ({@link FakeService}) answering {@code /internal/orders/{id}} and
 * {@code /internal/notifications}. Every test class extends this one unchanged, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bantu.finance.collection.cron=-")
public abstract class IntegrationTestBase {

    protected static final String SECRET = "test-secret-" + UUID.randomUUID() + UUID.randomUUID();
    protected static final FakeService BUSINESS = FakeService.start()
            .data("/internal/events", Map.of("outcome", "applied"))
            .data("/internal/notifications", Map.of());
    /** Receives the audit records of this service's writes (common-lib's AuditFilter → outbox); see AuditIT. */
    protected static final com.bantu.common.test.AuditSink AUDIT = com.bantu.common.test.AuditSink.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_finance_test");
        registry.add("bantu.jwt.secret", () -> SECRET);
        registry.add("bantu.services.business.url", BUSINESS::url);
        registry.add("bantu.internal.read-timeout", () -> "1s");
        AUDIT.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JwtService jwt;

    protected TestHttp http;

    @BeforeEach
    void client() {
        http = TestHttp.local(port);
    }

    protected static String uuid() {
        return UUID.randomUUID().toString();
    }

    protected String token(String userId, String role) {
        return jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(userId, role.toLowerCase() + "-user", null, List.of(role),
                null))).token();
    }

    protected String token(String role) {
        return token(uuid(), role);
    }

    protected String admin() {
        return token("ADMIN");
    }

    protected String finance() {
        return token("FINANCE");
    }

    protected String service() {
        return jwt.issueServiceToken("business-service").token();
    }

    protected static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Delivers a business event the way common-lib's outbox does (envelope, service token, Idempotency-Key). */
    protected TestHttp.Resp event(String id, String type, Map<String, Object> payload) {
        return http.send("POST", "/internal/events", service(), map("id", id, "type", type, "version", 1,
                "source", "business-service", "occurred_at", Instant.now().toString(), "payload", payload),
                Map.of("Idempotency-Key", id));
    }

    /** An order made known to finance the way business does it: an order.submitted event carrying the order. */
    protected String order(String salesUserId, String currency, String finalAmount, String rate) {
        String id = uuid();
        Map<String, Object> order = map("order_id", id, "order_number", "ORD-" + id.substring(0, 8).toUpperCase(),
                "customer_id", "cust-" + id.substring(0, 6), "customer_name", "Customer " + id.substring(0, 4),
                "sales_user_id", salesUserId, "currency_code", currency, "final_amount", new BigDecimal(finalAmount),
                "exchange_rate", rate == null ? null : new BigDecimal(rate), "title", "t");
        TestHttp.Resp r = event(uuid(), "order.submitted", order);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("outcome").asText()).isEqualTo("processed");
        return id;
    }

    protected static Map<String, Object> stage(int n, String amount, String dueDate) {
        Map<String, Object> s = map("stage_number", n, "stage_name", "Stage " + n, "amount", new BigDecimal(amount));
        if (dueDate != null) {
            s.put("due_date", dueDate);
        }
        return s;
    }

    /** Sets the plan as FINANCE and returns it. */
    protected JsonNode plan(String orderId, List<Map<String, Object>> stages) {
        TestHttp.Resp r = http.post("/api/finance/orders/" + orderId + "/receivables", finance(), map("stages", stages));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    protected TestHttp.Resp pay(String token, String key, Map<String, Object> body) {
        Map<String, String> headers = key == null ? Map.of() : Map.of("Idempotency-Key", key);
        return http.send("POST", "/api/finance/payments", token, body, headers);
    }

    protected Map<String, Object> receipt(String orderId, String stageId, String amount, String currency) {
        Map<String, Object> b = map("order_id", orderId, "payment_type", "receipt", "amount", new BigDecimal(amount),
                "currency_code", currency, "payment_date", "2026-01-15", "payment_method", "bank_transfer");
        if (stageId != null) {
            b.put("payment_stage_id", stageId);
        }
        return b;
    }

    /** A payment body of the given type and date. */
    protected Map<String, Object> payment(String orderId, String stageId, String type, String amount, String currency,
                                          String date) {
        Map<String, Object> p = receipt(orderId, stageId, amount, currency);
        p.put("payment_type", type);
        p.put("payment_date", date);
        return p;
    }

    /** Creates and confirms a payment as FINANCE; returns the confirmed payment. */
    protected JsonNode paid(Map<String, Object> body) {
        String fin = finance();
        TestHttp.Resp created = pay(fin, uuid(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        TestHttp.Resp c = http.post("/api/finance/payments/" + created.data().get("id").asText() + "/confirm", fin,
                map());
        assertThat(c.status()).as(c.toString()).isEqualTo(200);
        return c.data();
    }

    protected JsonNode receivable(String stageId) {
        TestHttp.Resp r = http.get("/api/finance/receivables/" + stageId, admin());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    /** Creates a pending payment as {@code token} with a fresh key; returns its id. */
    protected String created(String token, String orderId, String stageId, String type, String amount,
                             String currency, String date) {
        TestHttp.Resp r = pay(token, uuid(), payment(orderId, stageId, type, amount, currency, date));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().get("id").asText();
    }

    /** Confirms two payments at the same moment from two threads; both must answer 200. */
    protected void confirmTogether(String token, String a, String b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<TestHttp.Resp>> all = new ArrayList<>();
            for (String id : List.of(a, b)) {
                all.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return http.post("/api/finance/payments/" + id + "/confirm", token, map());
                }, pool));
            }
            start.countDown();
            for (CompletableFuture<TestHttp.Resp> f : all) {
                TestHttp.Resp r = f.get(30, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package com.bantu.gateway.routing;

import static com.bantu.gateway.support.Envelopes.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.gateway.GatewayTestBase;
import com.bantu.gateway.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Routes per prefix, /internal/** never routed, path tricks refused, downstream down or slow. */
class RoutingTest extends GatewayTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"foundation", "service-management", "analytics-monitoring", "business"})
    void everyPrefixReachesItsServiceWithThePathUnchanged(String service) {
        TestHttp.Resp r = http().send("PUT", "/api/" + service + "/things/1?page=2", Tokens.agent(),
                "{\"name\":\"x\"}", Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("service").asText()).isEqualTo(service.equals("foundation") ? "foundation" : "others");
        assertThat(r.data().get("method").asText()).isEqualTo("PUT");
        assertThat(r.data().get("path").asText()).isEqualTo("/api/" + service + "/things/1");
        assertThat(r.data().get("query").asText()).isEqualTo("page=2");
    }

    @Test
    void orderWorkflowPrefixReachesBusinessUnchangedAndCollectionTasksGoToFinance() {
        TestHttp.Resp r = http().send("PUT", "/api/order-workflow/orders/1/items?lang=zh", Tokens.agent(),
                "{\"quantity\":2}", Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("service").asText()).isEqualTo("others");
        assertThat(r.data().get("path").asText()).isEqualTo("/api/order-workflow/orders/1/items");
        assertThat(r.data().get("query").asText()).isEqualTo("lang=zh");
        int before = OTHERS.hits();
        // finance-service (not listening in this test) owns collection tasks under the same prefix: listed first
        assertEnvelope(get("/api/order-workflow/collection-tasks/orders/1", Tokens.agent()), 503,
                "服务暂不可用，请稍后重试");
        assertEnvelope(get("/api/order-workflow/collection-tasks", Tokens.agent()), 503, "服务暂不可用，请稍后重试");
        assertThat(OTHERS.hits()).as("business never saw a collection-task call").isEqualTo(before);
    }

    @Test
    void unknownPrefixIs404InEnvelope() {
        assertEnvelope(get("/api/orders/1", Tokens.agent()), 404, "路由未找到");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/internal/users/1", "/internal", "/INTERNAL/users", "/internal;x=1/users"})
    void internalIsNeverRoutedWithOrWithoutToken(String path) {
        int before = FOUNDATION.hits() + OTHERS.hits();
        assertEnvelope(get(path, Tokens.admin()), 404, "路由未找到");
        assertEnvelope(get(path, null), 404, "路由未找到");
        assertThat(FOUNDATION.hits() + OTHERS.hits()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/foundation/../internal/users", "/api/foundation/%2e%2e/internal/users",
            "/api/foundation/..;/internal/users", "/api/foundation/x/%2F../internal", "/api/foundation//internal",
            "/api/foundation/./users", "/api/foundation/%5c..%5cinternal"})
    void pathsThatNormaliseElsewhereAreRefused(String path) {
        int before = FOUNDATION.hits();
        assertEnvelope(get(path, Tokens.admin()), 400, "非法请求路径");
        assertThat(FOUNDATION.hits()).isEqualTo(before);
    }

    @Test
    void downServiceIs503QuicklyInEnvelope() {
        long start = System.nanoTime();
        TestHttp.Resp r = get("/api/workflow/definitions", Tokens.agent());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEnvelope(r, 503, "服务暂不可用，请稍后重试");
        assertThat(ms).as("connect refused answers well within the 1 s connect timeout").isLessThan(1500);
    }

    @Test
    void slowServiceIs504AfterItsResponseTimeout() {
        long start = System.nanoTime();
        TestHttp.Resp r = get("/api/business/orders/slow?ms=3000", Tokens.agent());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEnvelope(r, 504, "服务响应超时");
        // the service answers after 3 s: anything well below that is the gateway's 500 ms timeout (slack for load)
        assertThat(ms).as("business response timeout is 500 ms").isBetween(400L, 2500L);
    }

    @Test
    void breakerTimeLimiterIsNotTheOneSecondDefault() {
        // foundation's response timeout is the default 10 s: a 1.5 s answer must pass the breaker
        TestHttp.Resp r = get("/api/foundation/reports/slow?ms=1500", Tokens.agent());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void fortyConcurrentSlowCallsAllSucceed() throws Exception {
        // no hidden concurrency cap (Spring Cloud CircuitBreaker's default bulkhead allows 25)
        String token = Tokens.agent();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(pool.submit(() -> get("/api/analytics-monitoring/metrics/slow?ms=400", token).status()));
            }
            for (java.util.concurrent.Future<Integer> c : calls) {
                assertThat(c.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void breakerOpensAfterRepeatedFailuresAndThenFailsFast() {
        for (int i = 0; i < 4; i++) {
            assertThat(get("/api/finance/payments", Tokens.agent()).status()).isEqualTo(503);
        }
        long start = System.nanoTime();
        TestHttp.Resp r = get("/api/finance/payments", Tokens.agent());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEnvelope(r, 503, "服务暂不可用，请稍后重试");
        assertThat(ms).isLessThan(1000);
        String metrics = get("/actuator/prometheus", Tokens.admin()).raw();
        assertThat(metrics).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"finance\"[^}]*state=\"open\"[^}]*\\} 1");
    }

    @Test
    void requestIdIsPassedDownstreamAndReturned() {
        TestHttp.Resp given = get("/api/foundation/users", Tokens.agent(), Map.of("X-Request-Id", "req-abc.123"));
        assertThat(received(given)).containsEntry("x-request-id", "req-abc.123");
        assertThat(given.headers().get("x-request-id")).containsExactly("req-abc.123");

        TestHttp.Resp generated = get("/api/foundation/users", Tokens.agent());
        String id = received(generated).get("x-request-id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(generated.headers().get("x-request-id")).containsExactly(id);

        TestHttp.Resp unsafe = get("/api/foundation/users", Tokens.agent(), Map.of("X-Request-Id", "bad id\"<script>"));
        assertThat(received(unsafe).get("x-request-id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void errorsTheGatewayAnswersCarryTheRequestIdToo() {
        TestHttp.Resp r = get("/api/foundation/users", null, Map.of("X-Request-Id", "req-401"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.headers().get("x-request-id")).containsExactly("req-401");
    }
}

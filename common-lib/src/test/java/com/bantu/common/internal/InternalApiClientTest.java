package com.bantu.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.error.ApiException;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.JwtProperties;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.FakeService;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Against a real local HTTP server ({@link FakeService}) standing in for the target service. */
class InternalApiClientTest {

    record UserStats(long totalUsers, Map<String, Long> byRole) {
    }

    record Created(String id) {
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.now();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final JwtService jwt = new JwtService(new JwtProperties("0123456789abcdef0123456789abcdef-internal",
            Duration.ofMinutes(5), Duration.ofHours(1), null));
    private final FakeService foundation = FakeService.start();
    private final FakeService slow = FakeService.start();
    private final Map<String, String> urls = new HashMap<>();
    private final MovableClock clock = new MovableClock();
    private InternalApiClient client;

    @BeforeEach
    void setUp() {
        urls.put("foundation", foundation.url());
        urls.put("slow", slow.url());
        urls.put("down", "http://127.0.0.1:" + FakeService.closedPort());
        urls.put("business", "");
        InternalApiProperties props = new InternalApiProperties(Duration.ofMillis(1_000), Duration.ofMillis(1_500),
                new InternalApiProperties.CircuitBreaker(3, 4, 50, Duration.ofMinutes(1)));
        client = new InternalApiClient("analytics-monitoring-service", jwt, JSON, props, urls::get, clock);
    }

    @AfterEach
    void tearDown() {
        foundation.stop();
        slow.stop();
    }

    @Test
    void unwrapsTheEnvelopeIntoATypedRecordWithAServiceToken() {
        foundation.data("/internal/stats/users", Map.of("total_users", 12, "by_role", Map.of("ADMIN", 1),
                "extra_field", "ignored"));
        UserStats stats = client.get("foundation", "/internal/stats/users", Map.of(), UserStats.class);
        assertThat(stats).isEqualTo(new UserStats(12, Map.of("ADMIN", 1L)));

        FakeService.Received call = foundation.last("/internal/stats/users");
        assertThat(call.method()).isEqualTo("GET");
        BantuPrincipal caller = jwt.verifyAccess(call.authorization().substring("Bearer ".length()));
        assertThat(caller.roles()).containsExactly(JwtService.ROLE_SERVICE);
        assertThat(caller.userId()).isEqualTo("analytics-monitoring-service");
    }

    @Test
    void queryValuesAreEncodedAndNullsLeftOutGenericTypesAndPostWork() {
        foundation.route("/internal/users/names", q -> new FakeService.Response(200,
                FakeService.envelope(Map.of("a b", "Alice", "q", String.valueOf(q))), 0));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("ids", "a b,c&d");
        query.put("skipped", null);
        Map<String, String> names = client.get("foundation", "/internal/users/names", query,
                new TypeReference<Map<String, String>>() { });
        assertThat(names).containsEntry("a b", "Alice");
        assertThat(foundation.last("/internal/users/names").query()).containsExactly(Map.entry("ids", "a b,c&d"));

        foundation.data("/internal/events", Map.of("id", "e-1"));
        Created created = client.post("foundation", "/internal/events", Map.of("event_type", "x"), Created.class);
        assertThat(created.id()).isEqualTo("e-1");
        FakeService.Received post = foundation.last("/internal/events");
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.body()).isEqualTo("{\"event_type\":\"x\"}");
        assertThat(client.post("foundation", "/internal/events", Map.of(), Void.class)).isNull();
    }

    @Test
    void aPlainPathGivesTheSameUriAsTheBuilder_othersAreEncoded() {
        for (String path : List.of("/internal/customers/0b5e2f1c-7d4a-4c1e-9a55-3f0f0c6d2a11", "/internal/events",
                "/internal/stats/orders", "/a_b.c~d")) {
            assertThat(InternalApiClient.uri("http://127.0.0.1:8082/", path, Map.of()))
                    .isEqualTo(org.springframework.web.util.UriComponentsBuilder
                            .fromUriString("http://127.0.0.1:8082" + path).build().encode().toUri());
        }
        assertThat(InternalApiClient.uri("http://h:1", "/internal/customers/a b", Map.of()).getRawPath())
                .isEqualTo("/internal/customers/a%20b");
        assertThat(InternalApiClient.uri("http://h:1", "/internal/x", Map.of("q", "a b")).getRawQuery())
                .isEqualTo("q=a%20b");
    }

    @Test
    void callsStartNoThreadPerRequest() {
        foundation.data("/internal/events", Map.of("id", "e-1"));
        client.post("foundation", "/internal/events", Map.of("n", -1), Created.class);   // connection up
        long startedBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
        for (int i = 0; i < 40; i++) {
            assertThat(client.post("foundation", "/internal/events", Map.of("n", i), Created.class).id())
                    .isEqualTo("e-1");
            assertThat(client.get("foundation", "/internal/events", Map.of(), Created.class).id()).isEqualTo("e-1");
        }
        long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - startedBefore;
        assertThat(foundation.hits("/internal/events")).isEqualTo(81);
        assertThat(foundation.last("/internal/events").method()).isEqualTo("GET");
        // Spring's JDK request factory started one thread per body and, with a read timeout on a machine with two
        // CPUs or fewer, one more per request (CompletableFuture's default executor): 80 to 120 here
        assertThat(started).isLessThan(20);
    }

    @Test
    void theServiceTokenIsReusedUntilAMinuteBeforeItExpires() {
        foundation.data("/internal/ping", Map.of());
        client.get("foundation", "/internal/ping", Map.of(), Map.class);
        client.get("foundation", "/internal/ping", Map.of(), Map.class);
        List<String> tokens = foundation.received().stream().map(FakeService.Received::authorization).toList();
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1)).as("cached").isEqualTo(tokens.get(0));

        clock.now = clock.now.plus(Duration.ofMinutes(8).plusSeconds(30)); // 90 s before the 10-minute expiry
        client.get("foundation", "/internal/ping", Map.of(), Map.class);
        assertThat(foundation.received().get(2).authorization()).as("still reused").isEqualTo(tokens.get(0));

        clock.now = clock.now.plus(Duration.ofSeconds(45)); // 45 s before expiry: renewed
        client.get("foundation", "/internal/ping", Map.of(), Map.class);
        assertThat(foundation.received().get(3).authorization()).isNotEqualTo(tokens.get(0));
    }

    @Test
    void failuresAre503NamingTheSource() {
        foundation.status("/internal/stats/users", 500, "{\"code\":500,\"message\":\"boom\",\"data\":null}");
        assertThatThrownBy(() -> client.get("foundation", "/internal/stats/users", Map.of(), UserStats.class))
                .isInstanceOfSatisfying(InternalCallException.class, e -> {
                    assertThat(e).isInstanceOf(ApiException.class);
                    assertThat(e.status().value()).isEqualTo(503);
                    assertThat(e.source()).isEqualTo("foundation-service");
                    assertThat(e.reason()).isEqualTo("HTTP 500");
                    assertThat(e.getMessage()).isEqualTo("Source service unavailable: foundation-service");
                    assertThat(e.data()).isEqualTo(Map.of("source", "foundation-service", "reason", "HTTP 500"));
                });

        foundation.status("/internal/html", 200, "<html>login</html>");
        assertThatThrownBy(() -> client.get("foundation", "/internal/html", Map.of(), UserStats.class))
                .isInstanceOf(InternalCallException.class);
        foundation.status("/internal/error-envelope", 200, "{\"code\":409,\"message\":\"no\",\"data\":null}");
        assertThatThrownBy(() -> client.get("foundation", "/internal/error-envelope", Map.of(), UserStats.class))
                .hasFieldOrPropertyWithValue("reason", "not an envelope with code 200");
        client.breaker("foundation").reset(); // three failures in a row opened it (minimum calls 3)
        foundation.status("/internal/null-data", 200, "{\"code\":200,\"message\":\"ok\",\"data\":null}");
        assertThatThrownBy(() -> client.get("foundation", "/internal/null-data", Map.of(), UserStats.class))
                .hasFieldOrPropertyWithValue("reason", "no data in the envelope");
        foundation.data("/internal/wrong-shape", List.of(1, 2));
        assertThatThrownBy(() -> client.get("foundation", "/internal/wrong-shape", Map.of(), UserStats.class))
                .isInstanceOfSatisfying(InternalCallException.class,
                        e -> assertThat(e.reason()).startsWith("unexpected data"));

        assertThatThrownBy(() -> client.get("down", "/internal/x", Map.of(), Map.class))
                .isInstanceOfSatisfying(InternalCallException.class,
                        e -> assertThat(e.source()).isEqualTo("down-service"));
        assertThat(client.configured("business")).isFalse();
        assertThat(client.configured("foundation")).isTrue();
        assertThatThrownBy(() -> client.get("business", "/internal/stats/orders", Map.of(), Map.class))
                .isInstanceOfSatisfying(InternalCallException.class, e -> {
                    assertThat(e.source()).isEqualTo("business-service");
                    assertThat(e.reason()).startsWith("no URL configured");
                });
    }

    @Test
    void aSlowTargetFailsAfterTheReadTimeoutAndThenTheBreakerAnswersAtOnce() {
        slow.route("/internal/stats/users", q -> new FakeService.Response(200, FakeService.envelope(Map.of()), 6_000));
        foundation.data("/internal/stats/users", Map.of("total_users", 1));
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> client.get("slow", "/internal/stats/users", Map.of(), UserStats.class))
                    .isInstanceOf(InternalCallException.class);
            assertThat((System.nanoTime() - started) / 1_000_000).as("read timeout 1.5 s").isLessThan(4_000);
        }
        assertThat(client.breaker("slow").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int hits = slow.hits("/internal/stats/users");
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.get("slow", "/internal/stats/users", Map.of(), UserStats.class))
                .isInstanceOfSatisfying(InternalCallException.class,
                        e -> assertThat(e.reason()).isEqualTo("circuit open after repeated failures"));
        assertThat((System.nanoTime() - started) / 1_000_000).as("open breaker: no wait").isLessThan(100);
        assertThat(slow.hits("/internal/stats/users")).as("not called while open").isEqualTo(hits);

        // one breaker per target: the other target is unaffected
        assertThat(client.get("foundation", "/internal/stats/users", Map.of(), UserStats.class).totalUsers())
                .isEqualTo(1);
        assertThat(client.breaker("foundation").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void anAnswerIsNeverRetried_a503FailsAtOnce() {
        foundation.status("/internal/busy", 503, "{\"code\":503,\"message\":\"busy\",\"data\":null}");
        foundation.status("/internal/busy-post", 503, "{\"code\":503,\"message\":\"busy\",\"data\":null}");
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.get("foundation", "/internal/busy", Map.of(), Map.class))
                .hasFieldOrPropertyWithValue("reason", "HTTP 503");
        assertThatThrownBy(() -> client.post("foundation", "/internal/busy-post", Map.of("n", 1), Map.class))
                .hasFieldOrPropertyWithValue("reason", "HTTP 503");
        // Apache HttpClient's default strategy would call a GET answered 503 again after a second
        assertThat((System.nanoTime() - started) / 1_000_000).as("no wait for a retry").isLessThan(900);
        assertThat(foundation.hits("/internal/busy")).isEqualTo(1);
        assertThat(foundation.hits("/internal/busy-post")).isEqualTo(1);
    }

    @Test
    void clientErrorsDoNotOpenTheBreaker() {
        foundation.status("/internal/missing", 404, "{\"code\":404,\"message\":\"nope\",\"data\":null}");
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> client.get("foundation", "/internal/missing", Map.of(), Map.class))
                    .hasFieldOrPropertyWithValue("reason", "HTTP 404");
        }
        assertThat(client.breaker("foundation").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void refusesToCallInsideADatabaseTransaction() {
        foundation.data("/internal/stats/users", Map.of("total_users", 1));
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> client.get("foundation", "/internal/stats/users", Map.of(), UserStats.class))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a database transaction");
            assertThat(foundation.hits("/internal/stats/users")).isZero();
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(client.get("foundation", "/internal/stats/users", Map.of(), UserStats.class).totalUsers())
                .isEqualTo(1);
    }
}

package com.bantu.common.audit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;

/**
 * common-lib's AuditFilter in a small servlet service on MariaDB and Redis, over real HTTP: every kind of write
 * becomes an audit record that the event outbox delivers to "foundation" (a real local HTTP server that can refuse
 * deliveries for a while); reads, read-only POSTs and the audit API itself are not recorded; recording never changes
 * the answer. Also the service/user token split of the common security.
 */
@SpringBootTest(classes = AuditTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=audit-it",
        "bantu.jwt.secret=audit-it-secret-0123456789-0123456789-abc",
        "spring.flyway.locations=classpath:db/events-it,classpath:db/audit-it",
        "spring.jpa.hibernate.ddl-auto=none",
        "bantu.events.retry.interval=300ms",
        "bantu.events.retry.initial-backoff=500ms",
        "bantu.events.retry.max-backoff=2s",
        "bantu.internal.circuit-breaker.open-for=500ms",
        "bantu.internal.read-timeout=3s"})
class AuditFilterIT {

    static final FakeService FOUNDATION = FakeService.start();
    static final AtomicInteger REFUSE = new AtomicInteger();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_audit_it");
        registry.add("bantu.services.foundation.url", FOUNDATION::url);
    }

    @AfterAll
    static void stop() {
        FOUNDATION.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JwtService jwt;
    @Autowired
    MeterRegistry meters;

    TestHttp http;
    String sales;
    String admin;
    String salesId;

    @BeforeEach
    void setUp() {
        REFUSE.set(0);
        FOUNDATION.reset();
        FOUNDATION.route("/internal/events", q -> REFUSE.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                ? new FakeService.Response(503, "{\"code\":503,\"message\":\"down\",\"data\":null}", 0)
                : new FakeService.Response(200, FakeService.envelope(Map.of("outcome", "processed")), 0));
        jdbc.update("DELETE FROM EVENT_PUBLICATION");
        http = TestHttp.local(port);
        salesId = UUID.randomUUID().toString();
        sales = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(salesId, "sally", "sally@x.test", List.of("SALES"),
                "org-1"))).token();
        admin = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(UUID.randomUUID().toString(), "root", "root@x.test",
                List.of("ADMIN"), "org-1"))).token();
    }

    /** The servlet filter chain runs the firewall whose header rules are common-lib's HeaderRules. */
    @Test
    void theFilterChainUsesTheFirewallWithHeaderRules(@Autowired HttpFirewall firewall,
                                                       @Autowired @Qualifier("springSecurityFilterChain")
                                                       Filter chain) {
        // Spring Security 7 registers a composite that delegates to the FilterChainProxy WebSecurity built
        Object proxy = ReflectionTestUtils.getField(chain, "springSecurityFilterChain");
        assertThat(ReflectionTestUtils.getField(proxy, "firewall")).isSameAs(firewall);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
        request.addHeader("X-Plain", "Bearer abc\tdef");
        request.addHeader("X-Control", "a\u0001b");
        HttpServletRequest checked = firewall.getFirewalledRequest(request);
        assertThat(checked.getHeader("X-Plain")).isEqualTo("Bearer abc\tdef");
        assertThatThrownBy(() -> checked.getHeader("X-Control")).isInstanceOf(RequestRejectedException.class);
    }

    /**
     * With an ObservationRegistry in the context (actuator), Spring Security would wrap every filter of the chain in
     * an observation; common-lib's SecurityObservationSettings turn that off, so the chain runs its filters plainly.
     */
    @Test
    void theFilterChainIsNotWrappedInObservations(@Autowired ObservationRegistry registry,
                                                  @Autowired @Qualifier("springSecurityFilterChain") Filter chain) {
        assertThat(registry.isNoop()).isFalse();
        Object proxy = ReflectionTestUtils.getField(chain, "springSecurityFilterChain");
        assertThat(ReflectionTestUtils.getField(proxy, "filterChainDecorator"))
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
    }

    @Test
    void everyKindOfWriteIsRecordedWithWhoWhatAndOutcome() {
        TestHttp.Resp created = http.send("POST", "/api/it/things", sales,
                Map.of("name", "first", "password", "hunter2", "extra", Map.of("api_token", "t0k", "n", 1)),
                Map.of("User-Agent", "audit-test/1.0"));
        assertThat(created.status()).isEqualTo(200);
        String id = created.data().path("id").asText();

        JsonNode create = delivered(created.header("x-request-id"));
        assertThat(create.path("action").asText()).isEqualTo("CREATE");
        assertThat(create.path("resource_type").asText()).isEqualTo("thing");
        assertThat(create.path("resource_id").asText()).isEqualTo(id);
        assertThat(create.path("resource_name").asText()).isEqualTo("first");
        assertThat(create.path("user_id").asText()).isEqualTo(salesId);
        assertThat(create.path("username").asText()).isEqualTo("sally");
        assertThat(create.path("organization_id").asText()).isEqualTo("org-1");
        assertThat(create.path("status").asText()).isEqualTo("success");
        assertThat(create.path("request_method").asText()).isEqualTo("POST");
        assertThat(create.path("request_path").asText()).isEqualTo("/api/it/things");
        assertThat(create.path("user_agent").asText()).isEqualTo("audit-test/1.0");
        assertThat(create.path("ip_address").asText()).isEqualTo("127.0.0.1");
        assertThat(create.path("service").asText()).isEqualTo("audit-it");
        assertThat(create.path("category").asText()).isNotBlank();
        assertThat(create.path("duration_ms").isInt()).isTrue();
        assertThat(create.path("request_params").path("name").asText()).isEqualTo("first");
        assertThat(create.path("request_params").path("password").asText()).isEqualTo("[REDACTED]");
        assertThat(create.path("request_params").path("extra").path("api_token").asText()).isEqualTo("[REDACTED]");
        assertThat(create.toString()).doesNotContain("hunter2").doesNotContain("t0k");

        TestHttp.Resp updated = http.put("/api/it/things/" + id, sales, Map.of("name", "second"));
        JsonNode update = delivered(updated.header("x-request-id"));
        assertThat(update.path("action").asText()).isEqualTo("UPDATE");
        assertThat(update.path("resource_id").asText()).isEqualTo(id);
        assertThat(update.path("resource_name").asText()).isEqualTo("second");

        TestHttp.Resp archived = http.post("/api/it/things/" + id + "/archive", sales, Map.of());
        JsonNode verb = delivered(archived.header("x-request-id"));
        assertThat(verb.path("action").asText()).isEqualTo("UPDATE");
        assertThat(verb.path("resource_type").asText()).isEqualTo("thing");
        assertThat(verb.path("resource_id").asText()).isEqualTo(id);

        TestHttp.Resp refused = http.delete("/api/it/things/" + id, sales);
        assertThat(refused.status()).isEqualTo(403);
        JsonNode denied = delivered(refused.header("x-request-id"));
        assertThat(denied.path("action").asText()).isEqualTo("DELETE");
        assertThat(denied.path("status").asText()).isEqualTo("failed");
        assertThat(denied.path("error_message").asText()).isEqualTo(refused.message());

        TestHttp.Resp deleted = http.delete("/api/it/things/" + id, admin);
        assertThat(deleted.status()).isEqualTo(200);
        JsonNode delete = delivered(deleted.header("x-request-id"));
        assertThat(delete.path("action").asText()).isEqualTo("DELETE");
        assertThat(delete.path("resource_id").asText()).isEqualTo(id);
        assertThat(delete.path("status").asText()).isEqualTo("success");

        TestHttp.Resp invalid = http.post("/api/it/things", sales, Map.of("name", ""));
        assertThat(invalid.status()).isEqualTo(400);
        JsonNode bad = delivered(invalid.header("x-request-id"));
        assertThat(bad.path("action").asText()).isEqualTo("CREATE");
        assertThat(bad.path("status").asText()).isEqualTo("failed");
        assertThat(bad.path("error_message").asText()).isEqualTo(invalid.message());
        assertThat(bad.path("resource_id").isNull()).isTrue();
    }

    @Test
    void readsReadOnlyPostsAndTheAuditApiAreNotRecorded() {
        String id = http.post("/api/it/things", sales, Map.of("name", "quiet")).data().path("id").asText();
        await(() -> FOUNDATION.hits("/internal/events") == 1, "the create was delivered");
        assertThat(http.get("/api/it/things/" + id, sales).status()).isEqualTo(200);
        assertThat(http.post("/api/it/things/check-duplicate", sales, Map.of("name", "quiet")).status())
                .isEqualTo(200);
        assertThat(http.post("/api/it/audit-logs/export", sales, Map.of()).status()).isEqualTo(200);
        assertThat(http.get("/api/it/things/" + id, null).status()).isEqualTo(401);
        sleep(1500);
        assertThat(FOUNDATION.hits("/internal/events")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION", Integer.class)).isEqualTo(1);
    }

    @Test
    void recordWrittenWhileFoundationIsDownIsDeliveredWhenItComesBack() {
        REFUSE.set(3);
        TestHttp.Resp created = http.post("/api/it/things", sales, Map.of("name", "patient"));
        assertThat(created.status()).isEqualTo(200);
        await(() -> "FAILED".equals(status()) || FOUNDATION.hits("/internal/events") >= 2,
                "the first delivery was refused and left in the outbox");
        await(() -> "COMPLETED".equals(status()), "the outbox row completed once foundation answered");
        assertThat(FOUNDATION.hits("/internal/events")).isGreaterThanOrEqualTo(4);
        JsonNode record = delivered(created.header("x-request-id"));
        assertThat(record.path("resource_id").asText()).isEqualTo(created.data().path("id").asText());
        // every attempt carried the same event id, so foundation's inbox stores it once
        assertThat(FOUNDATION.received().stream().map(r -> envelope(r.body()).path("id").asText()).distinct())
                .hasSize(1);
    }

    @Test
    void anOutboxFailureNeverChangesTheAnswer() {
        double before = failures();
        jdbc.execute("RENAME TABLE EVENT_PUBLICATION TO EVENT_PUBLICATION_OFF");
        try {
            TestHttp.Resp created = http.post("/api/it/things", sales, Map.of("name", "unrecorded"));
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.data().path("name").asText()).isEqualTo("unrecorded");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM it_things WHERE id = ?", Integer.class,
                    created.data().path("id").asText())).isEqualTo(1);
        } finally {
            jdbc.execute("RENAME TABLE EVENT_PUBLICATION_OFF TO EVENT_PUBLICATION");
        }
        await(() -> failures() == before + 1, "the failure was counted");
    }

    @Test
    void serviceTokensOnlyOnInternalAndUserTokensNeverThere() {
        String service = jwt.issueServiceToken("other-service").token();
        assertThat(http.get("/internal/it/ping", service).status()).isEqualTo(200);
        assertThat(http.get("/internal/it/ping", admin).status()).isEqualTo(403);
        assertThat(http.get("/internal/it/ping", sales).status()).isEqualTo(403);
        assertThat(http.get("/internal/it/ping", null).status()).isEqualTo(401);
        assertThat(http.post("/api/it/things", service, Map.of("name", "by a service")).status()).isEqualTo(403);
        assertThat(http.get("/api/it/things/" + UUID.randomUUID(), service).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM it_things WHERE name = 'by a service'",
                Integer.class)).isZero();
    }

    @Test
    void metricsNeedAnAdminTokenOnTheApiPort() {
        assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", sales).status()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", jwt.issueServiceToken("x").token()).status()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", admin).status()).isNotIn(401, 403);
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
    }

    private double failures() {
        return meters.get("audit.record.failures").counter().count();
    }

    private String status() {
        List<String> s = jdbc.queryForList("SELECT STATUS FROM EVENT_PUBLICATION", String.class);
        return s.isEmpty() ? null : s.get(0);
    }

    /** The audit payload foundation acknowledged for the request with this id. */
    private JsonNode delivered(String requestId) {
        assertThat(requestId).isNotBlank();
        JsonNode[] found = new JsonNode[1];
        await(() -> {
            for (int i = 0; i < FOUNDATION.received().size(); i++) {
                JsonNode e = envelope(FOUNDATION.received().get(i).body());
                if ("audit.recorded".equals(e.path("type").asText())
                        && requestId.equals(e.path("payload").path("request_id").asText())
                        && REFUSE.get() == 0) {
                    found[0] = e.path("payload");
                    return true;
                }
            }
            return false;
        }, "audit record of request " + requestId + " delivered");
        return found[0];
    }

    private static JsonNode envelope(String body) {
        return FakeService.JSON.readTree(body);
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            sleep(100);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.bantu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.AuditSink;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Starts workflow-service on a random port against the real test database (Flowable's tables and ours in one
 * schema) and Redis. Every test class extends this one unchanged, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTestBase {

    protected static final String SECRET = "test-secret-" + UUID.randomUUID() + UUID.randomUUID();
    protected static final String SCHEMA = "bantu_workflow_test";
    protected static final BusinessStub BUSINESS = BusinessStub.start();
    /** Receives the audit records (common-lib's AuditFilter → outbox → {@code /internal/events}), standing in for
     * foundation on a server of its own, so they never mix with the events the tests inspect. */
    protected static final AuditSink AUDIT = AuditSink.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, SCHEMA);
        registry.add("bantu.jwt.secret", () -> SECRET);
        registry.add("bantu.services.business.url", BUSINESS::url);
        AUDIT.register(registry);
        // failed deliveries are retried quickly here (10 s in production)
        registry.add("bantu.events.retry.interval", () -> "1s");
        registry.add("bantu.events.retry.initial-backoff", () -> "1s");
        registry.add("bantu.events.retry.max-backoff", () -> "2s");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JwtService jwt;

    @Autowired
    protected JdbcTemplate jdbc;

    protected TestHttp http;

    @BeforeEach
    void client() {
        http = TestHttp.local(port);
    }

    protected static String uuid() {
        return UUID.randomUUID().toString();
    }

    protected String token(String userId, String... roles) {
        return jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(userId, "user-" + userId.substring(0, 8), null, List.of(roles),
                null))).token();
    }

    protected String admin() {
        return token(uuid(), "ADMIN");
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

    /** Starts order_approval for a fresh order through the internal API (as business-service does). */
    protected JsonNode startOrder(String orderId, String amount, String currency, String salesUserId) {
        Map<String, Object> vars = map("order_number", "ORD-" + orderId.substring(0, 8), "final_amount",
                new BigDecimal(amount), "currency_code", currency, "sales_user_id", salesUserId, "organization_id",
                uuid());
        TestHttp.Resp r = http.post("/internal/instances", service(), map("definition_code", "order_approval",
                "business_type", "order", "business_id", orderId, "variables", vars, "started_by", salesUserId));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    /** The open review of an instance, as the instance detail shows it. */
    protected JsonNode openTask(String instanceId) {
        TestHttp.Resp r = http.get("/api/workflow/instances/" + instanceId, admin());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode t : r.data().get("tasks")) {
            if (t.get("completed_at").isNull() && !"cancelled".equals(t.get("status").asText())) {
                return t;
            }
        }
        return null;
    }

    protected TestHttp.Resp complete(String taskId, String token, String outcome, String comment) {
        return http.post("/api/workflow/tasks/" + taskId + "/complete", token, map("outcome", outcome, "comment",
                comment));
    }

    protected JsonNode instance(String id) {
        TestHttp.Resp r = http.get("/api/workflow/instances/" + id, admin());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    protected static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    /** Payload types recorded for an instance in workflow_outcomes, oldest first. */
    protected List<String> outcomes(String instanceId) {
        return jdbc.queryForList("SELECT type FROM workflow_outcomes WHERE workflow_instance_id = ? ORDER BY created_at",
                String.class, instanceId);
    }

    /**
     * business-service's {@code POST /internal/events}, played by a real local HTTP server: records every envelope it
     * acknowledges; {@link #down} makes it answer 503 (the event must then stay in the outbox and come again).
     */
    public static final class BusinessStub {

        private static final tools.jackson.databind.json.JsonMapper JSON =
                tools.jackson.databind.json.JsonMapper.builder().build();
        public final List<JsonNode> received = new CopyOnWriteArrayList<>();
        public volatile boolean down;
        private final HttpServer server;

        private BusinessStub(HttpServer server) {
            this.server = server;
        }

        static BusinessStub start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                BusinessStub stub = new BusinessStub(server);
                server.createContext("/internal/events", stub::answer);
                server.start();
                return stub;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        /** Envelopes received for one instance (payload {@code instance_id}). */
        public List<JsonNode> forInstance(String instanceId) {
            return received.stream().filter(e -> instanceId.equals(e.path("payload").path("instance_id").asText()))
                    .toList();
        }

        private void answer(HttpExchange ex) throws IOException {
            byte[] in = ex.getRequestBody().readAllBytes();
            int status = down ? 503 : 200;
            if (!down) {
                received.add(JSON.readTree(new String(in, StandardCharsets.UTF_8)));
            }
            byte[] out = ("{\"code\":" + status + ",\"message\":\"x\",\"data\":null}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        }
    }
}

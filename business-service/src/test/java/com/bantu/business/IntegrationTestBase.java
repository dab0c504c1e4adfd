package com.bantu.business;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.AuditSink;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Starts business-service on a random port against the real test database and Redis, with foundation-service and
 * service-management-service played by one real local HTTP server ({@link Downstream}) that answers their internal
 * APIs. Every test class extends this one unchanged, so they all share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTestBase {

    protected static final String SECRET = "test-secret-" + UUID.randomUUID() + UUID.randomUUID();
    protected static final Downstream DOWNSTREAM = Downstream.start();
    protected static final Path FILES_DIR = tempDir();
    /** Receives the audit records (common-lib's AuditFilter → outbox → {@code /internal/events}), standing in for
     * foundation on a server of its own, so they never mix with the events the tests inspect. */
    protected static final AuditSink AUDIT = AuditSink.start();
    protected static final String ORDERS = "/api/business/orders";
    protected static final String ORDERS_ALIAS = "/api/order-workflow/orders";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_business_test");
        registry.add("bantu.jwt.secret", () -> SECRET);
        registry.add("bantu.services.foundation.url", DOWNSTREAM::url);
        registry.add("bantu.services.service-management.url", DOWNSTREAM::url);
        registry.add("bantu.services.workflow.url", DOWNSTREAM::url);
        registry.add("bantu.services.finance.url", DOWNSTREAM::url);
        registry.add("bantu.names.cache-ttl", () -> "1s");
        AUDIT.register(registry);
        registry.add("bantu.files.dir", FILES_DIR::toString);
        registry.add("bantu.files.max-size", () -> "64KB");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JwtService jwt;

    protected TestHttp http;

    @BeforeEach
    void client() {
        http = TestHttp.local(port);
        DOWNSTREAM.down = false;
        DOWNSTREAM.signalStatus = 200;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("bantu-business-files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** A user known to foundation (the stub) with one role; returns a token for it. */
    public record User(String id, String token) {
    }

    protected User user(String role) {
        String id = uuid();
        DOWNSTREAM.users.put(id, role.toLowerCase() + " " + id.substring(0, 4));
        return new User(id, token(id, role));
    }

    protected String token(String role) {
        return token(uuid(), role);
    }

    protected String token(String userId, String role) {
        return jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(userId, role.toLowerCase() + "-user", null, List.of(role),
                "org-1"))).token();
    }

    protected String admin() {
        return token("ADMIN");
    }

    protected String serviceToken() {
        return jwt.issueServiceToken("workflow-service").token();
    }

    /** A customer known to service-management (the stub). */
    protected String customer(String name) {
        String id = uuid();
        DOWNSTREAM.customers.put(id, name);
        return id;
    }

    protected static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    protected static Map<String, Object> item(Object quantity, Object unitPrice, Object discount) {
        return map("product_name", "Visa " + quantity, "quantity", quantity, "unit_price", unitPrice,
                "discount_amount", discount);
    }

    /** Creates an order for {@code sales} (with its token) with the given items; asserts 201. */
    protected JsonNode order(User sales, String customerId, List<Map<String, Object>> items, Object... extra) {
        Map<String, Object> body = map(extra);
        body.putIfAbsent("title", unique("Order "));
        body.put("customer_id", customerId);
        body.put("sales_user_id", sales.id());
        body.put("order_items", items);
        TestHttp.Resp r = http.post(ORDERS, sales.token(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    protected JsonNode order(User sales) {
        return order(sales, customer("PT Maju"), List.of(item(1, 100, 0)));
    }

    /** Moves a submitted order to approved the only way there is: the approval outcome on the internal API. */
    protected void approve(String orderId) {
        TestHttp.Resp r = http.post("/internal/orders/" + orderId + "/approval", serviceToken(),
                map("outcome", "approved", "actor_id", uuid()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}

package com.bantu.servicemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.AuditSink;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import com.bantu.common.test.FakeService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts service-management-service on a random port against the real test database and Redis with
 * foundation-service played by a real local HTTP server that answers its internal names API, and the consumers of its
 * events (foundation's audit trail, business-service) by servers that acknowledge them. Every test class extends this
 * one unchanged, so they all share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTestBase {

    protected static final String SECRET = "test-secret-" + UUID.randomUUID() + UUID.randomUUID();
    protected static final FoundationStub FOUNDATION = FoundationStub.start();
    /**
     * The SALES user of {@link #sales()}: customers made by {@link #createCustomer} are theirs unless a test names
     * another owner, so the feature tests can act as a salesperson on them within the SALES data scope ("own").
     */
    protected static final String SALES_ID = UUID.randomUUID().toString();
    /**
     * Receives the audit records (common-lib's AuditFilter → outbox → {@code /internal/events}); a server of its own
     * rather than the names stub, so deliveries never share the names' circuit breaker or hit counts.
     */
    protected static final AuditSink AUDIT = AuditSink.start();
    /**
     * Stands in for business-service, the consumer of {@code customer.changed} (outbox → {@code /internal/events}): it
     * acknowledges every delivery, so none is retried against a dead port, and keeps them for the tests to read.
     */
    protected static final FakeService BUSINESS = FakeService.start()
            .data("/internal/events", Map.of("outcome", "processed"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_service_management_test");
        registry.add("bantu.jwt.secret", () -> SECRET);
        registry.add("bantu.services.foundation.url", FOUNDATION::url);
        registry.add("bantu.names.cache-ttl", () -> "2s");
        // the vendor-price roll-forward job is run by the tests themselves (VendorPriceRollForward.run)
        registry.add("bantu.suppliers.roll-forward-ms", () -> "3600000");
        AUDIT.register(registry);
        registry.add("bantu.services.business.url", BUSINESS::url);
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

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** A token for a fresh user id with one role (ADMIN, SALES, FINANCE, OPERATION, AGENT, SERVICE). */
    protected String token(String role) {
        return token(uuid(), role);
    }

    protected String token(String userId, String role) {
        return jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(userId, role.toLowerCase() + "-user", null, List.of(role),
                null))).token();
    }

    /** A token with an organization and an explicit data scope claim (null = the role's default). */
    protected String token(String userId, String role, String organizationId, String scope, List<String> scopeOrgs) {
        List<String> roles = role == null ? List.of() : List.of(role);
        return jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(userId, "user-" + userId.substring(0, 8), null, roles,
                organizationId, 0, List.of(), scope, scopeOrgs))).token();
    }

    protected String admin() {
        return token("ADMIN");
    }

    /** The test SALES user ({@link #SALES_ID}), owner of the customers {@link #createCustomer} makes. */
    protected String sales() {
        return token(SALES_ID, "SALES");
    }

    /** Creates a customer as admin (owned by {@link #SALES_ID} unless given) with the given extra fields. */
    protected tools.jackson.databind.JsonNode createCustomer(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("name", unique("Customer "));
        body.putIfAbsent("owner_user_id", SALES_ID);
        TestHttp.Resp r = http.post("/api/service-management/customers", admin(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    protected String createCustomerId() {
        return createCustomer(Map.of()).get("id").asText();
    }

    protected static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /**
     * foundation-service's {@code /internal/users/names}, {@code /internal/organizations/names} and
     * {@code /internal/users/primary-organizations} on common-lib's
     * {@link FakeService} (a real local HTTP server): answers the names registered in {@link #users} and
     * {@link #organizations}; {@link #down} makes it answer 503.
     */
    public static final class FoundationStub {

        public final Map<String, String> users = new ConcurrentHashMap<>();
        public final Map<String, String> organizations = new ConcurrentHashMap<>();
        /** {@code /internal/users/primary-organizations}: user id → organization id. */
        public final Map<String, String> primaryOrganizations = new ConcurrentHashMap<>();
        public volatile boolean down;
        public final FakeService http = FakeService.start();

        static FoundationStub start() {
            FoundationStub stub = new FoundationStub();
            stub.serveNames();
            return stub;
        }

        /** (Again) answers both names endpoints from the maps; a test may replace a route for a while. */
        public void serveNames() {
            http.route("/internal/users/names", q -> answer(users, q));
            http.route("/internal/organizations/names", q -> answer(organizations, q));
            http.route("/internal/users/primary-organizations", q -> answer(primaryOrganizations, q));
        }

        public String url() {
            return http.url();
        }

        public String lastAuthorization() {
            List<FakeService.Received> all = http.received();
            return all.isEmpty() ? null : all.get(all.size() - 1).authorization();
        }

        public FakeService.Response answer(Map<String, String> names, Map<String, String> query) {
            if (down) {
                return new FakeService.Response(503, "{\"code\":503,\"message\":\"down\",\"data\":null}", 0);
            }
            Map<String, String> found = new HashMap<>();
            for (String id : query.getOrDefault("ids", "").split(",")) {
                if (names.containsKey(id)) {
                    found.put(id, names.get(id));
                }
            }
            return new FakeService.Response(200, FakeService.envelope(found), 0);
        }
    }
}

package com.bantu.servicemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts service-management-service on a random port against the real test database and Redis (DESIGN.md §7), with
 * foundation-service played by a real local HTTP server that answers its internal names API. Every test class
 * extends this one unchanged, so they all share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTestBase {

    protected static final String SECRET = "test-secret-" + UUID.randomUUID() + UUID.randomUUID();
    protected static final FoundationStub FOUNDATION = FoundationStub.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_service_management_test");
        registry.add("bantu.jwt.secret", () -> SECRET);
        registry.add("bantu.services.foundation.url", FOUNDATION::url);
        registry.add("bantu.names.cache-ttl", () -> "2s");
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
        return jwt.issueAccess(new JwtService.Subject(userId, role.toLowerCase() + "-user", null, List.of(role),
                null)).token();
    }

    protected String admin() {
        return token("ADMIN");
    }

    protected String sales() {
        return token("SALES");
    }

    /** Creates a customer as admin with the given extra fields; returns its response data. */
    protected tools.jackson.databind.JsonNode createCustomer(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("name", unique("Customer "));
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
     * foundation-service's {@code /internal/users/names} and {@code /internal/organizations/names}: answers the
     * names registered in {@link #users} and {@link #organizations}; {@link #down} makes it answer 503.
     */
    public static final class FoundationStub {

        private static final JsonMapper JSON = JsonMapper.builder().build();
        public final Map<String, String> users = new ConcurrentHashMap<>();
        public final Map<String, String> organizations = new ConcurrentHashMap<>();
        public final AtomicInteger calls = new AtomicInteger();
        public volatile boolean down;
        public volatile String lastAuthorization;
        private final HttpServer server;

        private FoundationStub(HttpServer server) {
            this.server = server;
        }

        static FoundationStub start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                FoundationStub stub = new FoundationStub(server);
                server.createContext("/internal/users/names", ex -> stub.answer(ex, stub.users));
                server.createContext("/internal/organizations/names", ex -> stub.answer(ex, stub.organizations));
                server.start();
                return stub;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void answer(HttpExchange ex, Map<String, String> names) throws IOException {
            calls.incrementAndGet();
            lastAuthorization = ex.getRequestHeaders().getFirst("Authorization");
            byte[] out;
            int status;
            if (down) {
                status = 503;
                out = "{\"code\":503,\"message\":\"down\",\"data\":null}".getBytes(StandardCharsets.UTF_8);
            } else {
                Map<String, String> found = new HashMap<>();
                String query = ex.getRequestURI().getRawQuery();
                if (query != null) {
                    for (String part : query.split("&")) {
                        if (part.startsWith("ids=")) {
                            for (String id : URLDecoder.decode(part.substring(4), StandardCharsets.UTF_8).split(",")) {
                                if (names.containsKey(id)) {
                                    found.put(id, names.get(id));
                                }
                            }
                        }
                    }
                }
                status = 200;
                out = JSON.writeValueAsBytes(Map.of("code", 200, "message", "ok", "data", found));
            }
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        }
    }
}

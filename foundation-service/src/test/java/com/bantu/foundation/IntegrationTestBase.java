package com.bantu.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Starts foundation-service on a random port against the real test database and Redis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.com.bantu.service-calls=WARN")
public abstract class IntegrationTestBase {

    public static final String ADMIN_EMAIL = "admin@bantu.sbs";
    public static final String ADMIN_PASSWORD = "Admin@Test-12345";
    public static final String ROOT_ORG = "00000000-0000-0000-0000-000000000001";
    public static final String ROLE_ADMIN = "00000000-0000-0000-0000-000000000101";
    public static final String ROLE_SALES = "00000000-0000-0000-0000-000000000102";
    protected static final String SECRET = "test-secret-" + UUID.randomUUID() + UUID.randomUUID();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_foundation_test");
        registry.add("bantu.jwt.secret", () -> SECRET);
        registry.add("bantu.admin.password", () -> ADMIN_PASSWORD);
    }

    @LocalServerPort
    protected int port;

    protected TestHttp http;

    @BeforeEach
    void client() {
        http = TestHttp.local(port);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String adminToken() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    protected String login(String email, String password) {
        TestHttp.Resp r = http.post("/api/foundation/auth/login", null, Map.of("email", email, "password", password));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("token").asText();
    }

    /** Creates an active user in the root organization with the given roles; returns its id. */
    protected String createUser(String username, String email, String password, List<String> roleIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("email", email);
        body.put("password", password);
        body.put("organization_id", ROOT_ORG);
        body.put("role_ids", roleIds);
        TestHttp.Resp r = http.post("/api/foundation/users", adminToken(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("id").asText();
    }

    /** A signed-in SALES user (not an admin). */
    protected record Account(String id, String email, String password, String token) {
    }

    protected Account salesUser() {
        String name = unique("sales");
        String email = name + "@example.com";
        String id = createUser(name, email, "Sales@12345", List.of(ROLE_SALES));
        return new Account(id, email, "Sales@12345", login(email, "Sales@12345"));
    }
}

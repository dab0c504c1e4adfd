package com.bantu.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default (README command 1): the same Flyway migrations on H2 in MySQL mode, no Redis,
 * the documented development admin password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=local",
        "spring.datasource.url=jdbc:h2:mem:foundation;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=USER,VALUE;DB_CLOSE_DELAY=-1",
        "bantu.jwt.secret=h2-profile-test-secret-0123456789abcdef0123456789",
        "logging.level.com.bantu.service-calls=WARN"})
class H2LocalProfileIT {

    @LocalServerPort
    int port;

    @Test
    void migrationsRunOnH2AndTheAdminCanLogInAndListUsers() {
        TestHttp http = TestHttp.local(port);
        TestHttp.Resp login = http.post("/api/foundation/auth/login", null,
                Map.of("email", "admin@bantu.sbs", "password", "Admin@123456"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String token = login.data().get("token").asText();
        TestHttp.Resp users = http.get("/api/foundation/users?size=1000", token);
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get("/api/foundation/organizations/tree", token).data().get(0).get("code").asText())
                .isEqualTo("BANTU");
        // revocation works in memory on the embedded default
        assertThat(http.post("/api/foundation/auth/logout", token, null).status()).isEqualTo(200);
        assertThat(http.get("/api/foundation/auth/user-info", token).status()).isEqualTo(401);
    }

    @Test
    void theLocalProfileServesTheApiDocumentsAndSwaggerUi() {
        TestHttp http = TestHttp.local(port);
        TestHttp.Resp docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.raw()).contains("/api/foundation/users").doesNotContain("/internal/");
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}

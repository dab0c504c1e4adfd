package com.bantu.foundation.auth;

import com.bantu.common.error.ErrorKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.foundation.IntegrationTestBase;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthIT extends IntegrationTestBase {

    @Test
    void loginReturnsTokensAndUserInEnvelope() {
        Resp r = http.post("/api/foundation/auth/login", null, Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("code").asInt()).isEqualTo(200);
        assertThat(r.message()).isEqualTo("登录成功");
        assertThat(r.body().get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?");
        assertThat(r.data().get("expires_in").asLong()).isEqualTo(86_400_000L);
        assertThat(r.data().get("refresh_token").asText()).isNotBlank();
        var user = r.data().get("user");
        assertThat(user.get("email").asText()).isEqualTo(ADMIN_EMAIL);
        assertThat(user.get("primary_organization_id").asText()).isEqualTo(ROOT_ORG);
        assertThat(user.get("primary_organization_name").asText()).isEqualTo("BANTU");
        assertThat(user.get("roles").toString()).contains("ADMIN");
        assertThat(user.get("permissions").toString()).doesNotContain("*:*")
                .contains("\"user.create\"", "\"FINANCE:READ\"", "\"ORDER:READ\"", "\"AGENT:READ\"");
        assertThat(user.get("organization_ids").toString()).contains(ROOT_ORG);
        assertThat(r.raw()).doesNotContain("password");

        Resp info = http.get("/api/foundation/auth/user-info", r.data().get("token").asText());
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.data().get("id").asText()).isEqualTo(user.get("id").asText());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        Resp wrong = http.post("/api/foundation/auth/login", null, Map.of("email", ADMIN_EMAIL, "password", "nope-nope"));
        Resp unknown = http.post("/api/foundation/auth/login", null,
                Map.of("email", unique("ghost") + "@example.com", "password", "whatever1"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body().get("code").asInt()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.message()).isEqualTo(wrong.message());
        // one failure must not lock the shared admin for the other tests
        login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    @Test
    void loginValidation() {
        Resp badEmail = http.post("/api/foundation/auth/login", null, Map.of("email", "not-an-email", "password", "x"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.message()).isEqualTo(ErrorKey.VALIDATION.message());
        assertThat(badEmail.fields()).containsExactly("email");

        Resp missing = http.post("/api/foundation/auth/login", null, Map.of("email", "a@b.com"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fields()).containsExactly("password");

        Resp malformed = http.post("/api/foundation/auth/login", null, "{\"email\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("code").asInt()).isEqualTo(400);

        Resp unknownField = http.post("/api/foundation/auth/login", null,
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD, "remember_me", true));
        assertThat(unknownField.status()).isEqualTo(200);
    }

    @Test
    void lockoutAfterFiveFailures() {
        Account a = salesUser();
        for (int i = 0; i < 5; i++) {
            Resp r = http.post("/api/foundation/auth/login", null, Map.of("email", a.email(), "password", "wrong-pass"));
            assertThat(r.status()).as("attempt " + i).isEqualTo(401);
        }
        Resp locked = http.post("/api/foundation/auth/login", null, Map.of("email", a.email(), "password", a.password()));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.message()).isEqualTo(AuthService.LOCKED);
        // an admin reset lifts the lock
        assertThat(http.post("/api/foundation/users/" + a.id() + "/reset-password", adminToken(),
                Map.of("new_password", "Fresh@12345")).status()).isEqualTo(200);
        assertThat(login(a.email(), "Fresh@12345")).isNotBlank();
    }

    @Test
    void successfulLoginResetsTheFailureCount() {
        Account a = salesUser();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                http.post("/api/foundation/auth/login", null, Map.of("email", a.email(), "password", "wrong-pass"));
            }
            assertThat(login(a.email(), a.password())).isNotBlank();
        }
    }

    @Test
    void logoutRevokesTheToken() {
        Account a = salesUser();
        assertThat(http.get("/api/foundation/auth/user-info", a.token()).status()).isEqualTo(200);
        Resp out = http.post("/api/foundation/auth/logout", a.token(), null);
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.data().isNull()).isTrue();
        Resp after = http.get("/api/foundation/auth/user-info", a.token());
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.body().get("code").asInt()).isEqualTo(401);
    }

    @Test
    void refreshIssuesNewTokensAndTokenTypesAreNotInterchangeable() {
        Resp login = http.post("/api/foundation/auth/login", null, Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        String access = login.data().get("token").asText();
        String refresh = login.data().get("refresh_token").asText();

        assertThat(http.get("/api/foundation/auth/user-info", refresh).status())
                .as("refresh token used as access token").isEqualTo(401);
        assertThat(http.post("/api/foundation/auth/refresh", null, Map.of("refresh_token", access)).status())
                .as("access token used as refresh token").isEqualTo(401);

        Resp r = http.post("/api/foundation/auth/refresh", null, Map.of("refresh_token", refresh));
        assertThat(r.status()).isEqualTo(200);
        String newAccess = r.data().get("token").asText();
        assertThat(http.get("/api/foundation/auth/user-info", newAccess).status()).isEqualTo(200);
        assertThat(http.post("/api/foundation/auth/refresh", null, Map.of("refresh_token", refresh)).status())
                .as("a refresh token is single-use").isEqualTo(401);
        assertThat(http.post("/api/foundation/auth/refresh", null, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void badTokensGet401() {
        String path = "/api/foundation/auth/user-info";
        assertThat(http.get(path, null).status()).isEqualTo(401);
        assertThat(http.get(path, "garbage.token.value").status()).isEqualTo(401);
        assertThat(http.send("GET", path, null, null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")).status())
                .isEqualTo(401);

        String good = adminToken();
        String[] parts = good.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"admin\"", "\"root\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(http.get(path, tampered).status()).as("tampered payload").isEqualTo(401);

        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertThat(http.get(path, none).status()).as("alg=none").isEqualTo(401);

        var forgedKey = Keys.hmacShaKeyFor("another-secret-that-is-long-enough-1234567890".getBytes());
        String forged = Jwts.builder().subject("00000000-0000-0000-0000-000000000011").issuer("bantu-crm")
                .id("x").claim("type", "access").claim("roles", List.of("ADMIN"))
                .expiration(new Date(System.currentTimeMillis() + 60_000)).signWith(forgedKey).compact();
        assertThat(http.get(path, forged).status()).as("forged signature").isEqualTo(401);

        var realKey = Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));
        String expired = Jwts.builder().subject("00000000-0000-0000-0000-000000000011").issuer("bantu-crm")
                .id("y").claim("type", "access").claim("roles", List.of("ADMIN"))
                .issuedAt(new Date(System.currentTimeMillis() - 120_000))
                .expiration(new Date(System.currentTimeMillis() - 60_000)).signWith(realKey, Jwts.SIG.HS256).compact();
        assertThat(http.get(path, expired).status()).as("expired").isEqualTo(401);

        String otherAlg = Jwts.builder().subject("00000000-0000-0000-0000-000000000011").issuer("bantu-crm")
                .id("w").claim("type", "access").claim("roles", List.of("ADMIN"))
                .expiration(new Date(System.currentTimeMillis() + 60_000)).signWith(realKey, Jwts.SIG.HS512).compact();
        assertThat(http.get(path, otherAlg).status()).as("right key, unpinned algorithm HS512").isEqualTo(401);

        String validControl = Jwts.builder().subject("00000000-0000-0000-0000-000000000011").issuer("bantu-crm")
                .id("z").claim("type", "access").claim("roles", List.of("ADMIN"))
                .expiration(new Date(System.currentTimeMillis() + 60_000)).signWith(realKey, Jwts.SIG.HS256).compact();
        assertThat(http.get(path, validControl).status()).as("same key, valid: control").isEqualTo(200);
    }

    @Test
    void deletedUserAndLockedOrganizationCannotLogIn() {
        Account a = salesUser();
        String admin = adminToken();
        assertThat(http.delete("/api/foundation/users/" + a.id(), admin).status()).isEqualTo(200);
        Resp r = http.post("/api/foundation/auth/login", null, Map.of("email", a.email(), "password", a.password()));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.message()).isEqualTo("用户未激活");

        Resp org = http.post("/api/foundation/organizations", admin,
                Map.of("name", "Locked org", "organization_type", "internal"));
        String orgId = org.data().get("id").asText();
        String name = unique("member");
        Resp created = http.post("/api/foundation/users", admin, Map.of("username", name, "email",
                name + "@example.com", "password", "Member@123", "organization_id", orgId));
        assertThat(created.status()).isEqualTo(200);
        assertThat(http.put("/api/foundation/organizations/" + orgId, admin, Map.of("is_locked", true)).status())
                .isEqualTo(200);
        Resp locked = http.post("/api/foundation/auth/login", null,
                Map.of("email", name + "@example.com", "password", "Member@123"));
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.message()).isEqualTo("组织已锁定");
    }
}

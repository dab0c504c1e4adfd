package com.bantu.foundation.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.error.ErrorKey;
import com.bantu.common.test.ForgedTokens;
import com.bantu.common.test.TestHttp;
import com.bantu.foundation.IntegrationTestBase;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * "No 500 that a client can cause", against the running service and the real database: each case used to be a
 * 500, a stack trace in the log or a body that was not the envelope. Errors are recognised by status and catalogue
 * key ({@code X-Error-Key}), not by their sentences.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorsIT extends IntegrationTestBase {

    private static final String LONG_PASSWORD = "é".repeat(40); // 40 characters, 80 bytes

    private TestHttp.Resp send(HttpRequest.Builder b) {
        return http.exchange(b);
    }

    private HttpRequest.Builder request(String path) {
        return http.request(path);
    }

    /** The envelope, as JSON, with code = status and the catalogue key. */
    private static void assertEnvelope(TestHttp.Resp r, int status, ErrorKey key) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.header("content-type")).as(r.raw()).startsWith("application/json");
        JsonNode body = r.body();
        assertThat(body.get("code").asInt()).as(r.raw()).isEqualTo(status);
        assertThat(body.has("message") && body.has("data") && body.has("timestamp")).as(r.raw()).isTrue();
        if (key != null) {
            assertThat(r.header("x-error-key")).isEqualTo(key.key());
            assertThat(body.get("message").asText()).isEqualTo(key.message());
        }
    }

    private static void assertNoErrorLogged(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain("\"log.level\":\"ERROR\"").doesNotContain("Exception\n\tat ");
    }

    @Test
    void aPageWhoseOffsetOverflowsIs400NamingPage() {
        String admin = adminToken();
        for (String list : List.of("/api/foundation/users", "/api/foundation/organizations")) {
            TestHttp.Resp r = http.get(list + "?page=2147483647", admin);
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.fields()).containsExactly("page");
            assertThat(http.get(list + "?page=2147483647&size=1", admin).status()).isEqualTo(200);
        }
    }

    @Test
    void passwordsOverSeventyTwoBytesAre400NamingTheField(CapturedOutput output) {
        String admin = adminToken();
        Map<String, Object> body = new HashMap<>();
        String name = unique("bytes");
        body.put("username", name);
        body.put("email", name + "@example.com");
        body.put("password", LONG_PASSWORD);
        body.put("organization_id", ROOT_ORG);
        TestHttp.Resp create = http.post("/api/foundation/users", admin, body);
        assertThat(create.status()).as(create.toString()).isEqualTo(400);
        assertThat(create.fields()).containsExactly("password");

        Account sales = salesUser();
        TestHttp.Resp change = http.put("/api/foundation/users/" + sales.id() + "/password", sales.token(),
                Map.of("old_password", sales.password(), "new_password", LONG_PASSWORD));
        assertThat(change.status()).as(change.toString()).isEqualTo(400);
        assertThat(change.fields()).containsExactly("new_password");
        TestHttp.Resp wrongOld = http.put("/api/foundation/users/" + sales.id() + "/password", sales.token(),
                Map.of("old_password", LONG_PASSWORD, "new_password", "Another@12345"));
        assertThat(wrongOld.status()).as(wrongOld.toString()).isBetween(400, 401);

        TestHttp.Resp login = http.post("/api/foundation/auth/login", null,
                Map.of("email", sales.email(), "password", LONG_PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(401);
        assertNoErrorLogged(output);
    }

    @Test
    void errorsAreAlwaysTheJsonEnvelopeWhateverTheAccept(CapturedOutput output) {
        String admin = adminToken();
        for (String accept : List.of("application/xml", "text/html", "image/png")) {
            TestHttp.Resp unknownUser = send(request("/api/foundation/users/" + UUID.randomUUID())
                    .header("Authorization", "Bearer " + admin).header("Accept", accept));
            assertEnvelope(unknownUser, 404, null);
            TestHttp.Resp wrongPassword = send(request("/api/foundation/auth/login").header("Accept", accept)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"wrong-password-1\"}")));
            assertEnvelope(wrongPassword, 401, null);
            TestHttp.Resp noToken = send(request("/api/foundation/users").header("Accept", accept));
            assertEnvelope(noToken, 401, ErrorKey.UNAUTHENTICATED);
        }
        // a success answer the client will not accept: 406 in the envelope, not Spring Boot's page
        for (String accept : List.of("application/xml", "text/html")) {
            TestHttp.Resp list = send(request("/api/foundation/users").header("Authorization", "Bearer " + admin)
                    .header("Accept", accept));
            assertEnvelope(list, 406, ErrorKey.NOT_ACCEPTABLE);
        }
        assertNoErrorLogged(output);
    }

    @Test
    void errorItselfIsNotA500() {
        for (String method : List.of("GET", "POST", "DELETE")) {
            TestHttp.Resp r = send(request("/error").method(method, HttpRequest.BodyPublishers.noBody()));
            assertEnvelope(r, 404, ErrorKey.ROUTE_NOT_FOUND);
        }
        assertEnvelope(send(request("/error").header("Accept", "text/html")), 404, ErrorKey.ROUTE_NOT_FOUND);
    }

    @Test
    void signedTokensWithClaimsOfTheWrongTypeAre401(CapturedOutput output) {
        for (String token : ForgedTokens.wrongClaimTypes(SECRET)) {
            TestHttp.Resp r = send(request("/api/foundation/users").header("Authorization", "Bearer " + token));
            assertEnvelope(r, 401, ErrorKey.TOKEN_INVALID);
        }
        // the same forgery with the right types is accepted, so the 401s above are about the types
        TestHttp.Resp ok = send(request("/api/foundation/organizations")
                .header("Authorization", "Bearer " + ForgedTokens.signed(SECRET, Map.of())));
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertNoErrorLogged(output);
    }

    @Test
    void containerLevelRefusalsAreTheEnvelope() {
        assertEnvelope(send(request("/api/foundation/users").method("TRACE", HttpRequest.BodyPublishers.noBody())),
                405, ErrorKey.METHOD_NOT_ALLOWED);
        assertEnvelope(send(request("/api/foundation/users;jsessionid=x")), 400, ErrorKey.BAD_PATH);
        TestHttp.Resp huge = send(request("/api/foundation/users").header("X-Big", "x".repeat(20_000)));
        assertThat(huge.status()).isIn(400, 431);
        assertEnvelope(huge, huge.status(), null);
    }

    @Test
    void bodiesOverTheLimitAre413AndNeverParsed() {
        String admin = adminToken();
        byte[] big = ("{\"username\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        TestHttp.Resp declared = send(request("/api/foundation/users").header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEnvelope(declared, 413, ErrorKey.PAYLOAD_TOO_LARGE);
        TestHttp.Resp chunked = send(request("/api/foundation/users").header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertEnvelope(chunked, 413, ErrorKey.PAYLOAD_TOO_LARGE);
    }

    @Test
    void stringsWithNulOrLoneSurrogatesAre400() {
        String admin = adminToken();
        for (String bad : List.of("a\\u0000b", "x\\ud800y")) {
            String body = "{\"username\":\"" + bad + "\",\"email\":\"n@example.com\",\"password\":\"Good@12345\","
                    + "\"organization_id\":\"" + ROOT_ORG + "\"}";
            TestHttp.Resp r = http.post("/api/foundation/users", admin, body);
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.fields()).containsExactly("username");
        }
    }

    @Test
    void aCallerWithoutTheRightGets403BeforeTheBodyIsValidated() {
        Account sales = salesUser();
        TestHttp.Resp r = http.post("/api/foundation/users", sales.token(), Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        TestHttp.Resp roles = http.post("/api/foundation/roles", sales.token(), Map.of("code", ""));
        assertThat(roles.status()).as(roles.toString()).isEqualTo(403);
        // an admin with the same empty body still gets the field list
        TestHttp.Resp admin = http.post("/api/foundation/users", adminToken(), Map.of());
        assertThat(admin.status()).isEqualTo(400);
        assertThat(admin.fields()).contains("username", "password");
    }
}

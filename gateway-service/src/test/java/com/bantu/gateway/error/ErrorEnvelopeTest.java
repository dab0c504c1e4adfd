package com.bantu.gateway.error;

import static com.bantu.gateway.support.Envelopes.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.error.ErrorKey;
import com.bantu.common.test.ForgedTokens;
import com.bantu.common.test.TestHttp;
import com.bantu.gateway.GatewayTestBase;
import com.bantu.gateway.support.Tokens;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Errors the gateway answers itself are the envelope with a catalogue key: tokens whose claims have the wrong
 * JSON type (401, was 500), headers or a request line Netty refuses (431/414, was an empty body) and bodies over
 * the limit (413, declared or chunked).
 */
class ErrorEnvelopeTest extends GatewayTestBase {

    private TestHttp.Resp send(HttpRequest.Builder b) {
        return http().exchange(b);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return http().request(pathAndQuery);
    }

    private static void assertKey(TestHttp.Resp r, ErrorKey key) {
        assertEnvelope(r, key.status().value(), key.message());
        assertThat(r.headers().get("x-error-key")).containsExactly(key.key());
    }

    @Test
    void signedTokensWithClaimsOfTheWrongTypeAre401() {
        for (String token : ForgedTokens.wrongClaimTypes(Tokens.SECRET)) {
            assertKey(get("/api/foundation/users", token), ErrorKey.TOKEN_INVALID);
        }
        assertThat(get("/api/foundation/users", ForgedTokens.signed(Tokens.SECRET, Map.of())).status())
                .isEqualTo(200);
    }

    @Test
    void headersAndRequestLinesNettyRefusesAreTheEnvelope() {
        assertKey(send(request("/api/foundation/users").header("X-Big", "x".repeat(20_000))),
                ErrorKey.HEADERS_TOO_LARGE);
        assertKey(send(request("/api/foundation/users?q=" + "y".repeat(10_000))), ErrorKey.URI_TOO_LONG);
        // an ordinary request on a new connection still works (only the refused answers were rewritten)
        assertThat(get("/api/foundation/users", Tokens.agent()).status()).isEqualTo(200);
    }

    @Test
    void bodiesOverTheLimitAre413DeclaredOrChunked() {
        byte[] big = ("{\"x\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        int before = FOUNDATION.hits();
        assertKey(send(request("/api/foundation/users").header("Authorization", "Bearer " + Tokens.admin())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big))),
                ErrorKey.PAYLOAD_TOO_LARGE);
        assertThat(FOUNDATION.hits()).as("a declared oversize body is never forwarded").isEqualTo(before);
        TestHttp.Resp chunked = send(request("/api/foundation/users").header("Authorization", "Bearer " + Tokens.admin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertKey(chunked, ErrorKey.PAYLOAD_TOO_LARGE);
        // under the limit is forwarded as before
        TestHttp.Resp small = http().send("POST", "/api/foundation/users", Tokens.admin(), Map.of("x", "y"), Map.of());
        assertThat(small.status()).isEqualTo(200);
    }

    @Test
    void gatewayStatusesUseTheCatalogue() {
        assertThat(GatewayErrors.fromStatus(org.springframework.http.HttpStatusCode.valueOf(502)).status())
                .isEqualTo(503);
        for (int s : List.of(400, 401, 404, 405, 413, 414, 429, 431, 503, 504)) {
            GatewayErrors.Failure f = GatewayErrors.fromStatus(org.springframework.http.HttpStatusCode.valueOf(s));
            assertThat(f.key()).isEqualTo(ErrorKey.forStatus(s));
            assertThat(f.message()).isEqualTo(f.key().message());
        }
    }
}

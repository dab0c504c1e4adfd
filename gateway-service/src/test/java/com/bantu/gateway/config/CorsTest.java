package com.bantu.gateway.config;

import com.bantu.common.error.ErrorKey;
import static com.bantu.gateway.support.Envelopes.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.gateway.GatewayTestBase;
import com.bantu.gateway.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS as the SPA needs it, origins from configuration. */
class CorsTest extends GatewayTestBase {

    static final String SPA = "https://crm.example.com";

    @Test
    void preflightFromTheSpaIsAnsweredWithoutToken() {
        TestHttp.Resp r = http().send("OPTIONS", "/api/foundation/users", null, null, Map.of(
                "Origin", SPA,
                "Access-Control-Request-Method", "PUT",
                "Access-Control-Request-Headers", "authorization, content-type, x-organization-id, x-user-id, x-user-roles"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().get("access-control-allow-origin")).containsExactly(SPA);
        assertThat(String.join(",", r.headers().get("access-control-allow-methods"))).contains("PUT");
        assertThat(String.join(",", r.headers().get("access-control-allow-headers")).toLowerCase())
                .contains("authorization", "content-type", "x-organization-id", "x-user-id", "x-user-roles");
        assertThat(r.headers().get("access-control-max-age")).containsExactly("3600");
    }

    @Test
    void preflightFromAnotherOriginIsRefusedInEnvelope() {
        TestHttp.Resp r = http().send("OPTIONS", "/api/foundation/users", null, null, Map.of(
                "Origin", "https://evil.example.org", "Access-Control-Request-Method", "GET"));
        assertEnvelope(r, 403, ErrorKey.ACCESS_DENIED.message());
        assertThat(r.headers()).doesNotContainKey("access-control-allow-origin");
    }

    @Test
    void actualRequestsAndTheir401sCarryOneAllowOrigin() {
        TestHttp.Resp ok = get("/api/foundation/cors-leak", Tokens.agent(), Map.of("Origin", SPA));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.headers().get("access-control-allow-origin")).containsExactly(SPA);
        assertThat(ok.headers().get("access-control-expose-headers").toString()).contains("X-Request-Id");

        TestHttp.Resp denied = get("/api/foundation/users", null, Map.of("Origin", SPA));
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.headers().get("access-control-allow-origin")).containsExactly(SPA);
    }
}

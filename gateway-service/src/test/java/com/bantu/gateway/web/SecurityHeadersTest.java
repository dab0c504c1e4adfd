package com.bantu.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.gateway.GatewayTestBase;
import com.bantu.gateway.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Security headers on every kind of answer, and forwarded headers from a peer that is not a configured proxy
 * (here: loopback, since no proxy is configured) ignored.
 */
class SecurityHeadersTest extends GatewayTestBase {

    private static void hasSecurityHeaders(TestHttp.Resp r, String csp) {
        assertThat(r.header("x-content-type-options")).as(r.toString()).isEqualTo("nosniff");
        assertThat(r.header("x-frame-options")).isEqualTo("DENY");
        assertThat(r.header("referrer-policy")).isEqualTo("no-referrer");
        assertThat(r.header("content-security-policy")).isEqualTo(csp);
        assertThat(r.header("strict-transport-security")).as("plain HTTP from a non-proxy: no HSTS").isEmpty();
    }

    @Test
    void proxiedAndGatewayMadeAnswersCarryThem() {
        TestHttp.Resp proxied = get("/api/foundation/users", Tokens.agent());
        assertThat(proxied.status()).isEqualTo(200);
        hasSecurityHeaders(proxied, SecurityHeadersFilter.API_CSP);

        TestHttp.Resp unauthenticated = get("/api/foundation/users", null);
        assertThat(unauthenticated.status()).isEqualTo(401);
        hasSecurityHeaders(unauthenticated, SecurityHeadersFilter.API_CSP);

        TestHttp.Resp unknown = get("/no-such-route", Tokens.admin());
        assertThat(unknown.status()).isEqualTo(404);
        hasSecurityHeaders(unknown, SecurityHeadersFilter.API_CSP);

        TestHttp.Resp forbidden = get("/actuator/prometheus", Tokens.agent());
        assertThat(forbidden.status()).isEqualTo(403);
        hasSecurityHeaders(forbidden, SecurityHeadersFilter.API_CSP);

        TestHttp.Resp down = get("/api/workflow/tasks", Tokens.admin());
        assertThat(down.status()).isEqualTo(503);
        hasSecurityHeaders(down, SecurityHeadersFilter.API_CSP);

        hasSecurityHeaders(get("/health", null), SecurityHeadersFilter.API_CSP);
    }

    @Test
    void swaggerUiGetsItsOwnContentSecurityPolicy() {
        TestHttp.Resp page = get("/swagger-ui/index.html", null);
        assertThat(page.status()).isEqualTo(200);
        hasSecurityHeaders(page, SecurityHeadersFilter.SWAGGER_CSP);
        hasSecurityHeaders(get("/v3/api-docs/swagger-config", null), SecurityHeadersFilter.API_CSP);
    }

    @Test
    void forwardedHeadersFromANonProxyAreIgnored() {
        Map<String, String> forged = Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-Prefix", "/evil", "Forwarded", "host=evil.example;proto=https",
                "X-Real-IP", "6.6.6.6", "X-Forwarded-For", "6.6.6.6");
        TestHttp.Resp config = get("/v3/api-docs/swagger-config", null, forged);
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.raw()).doesNotContain("evil");
        assertThat(config.header("strict-transport-security")).as("a forged proto gives no HSTS").isEmpty();

        TestHttp.Resp redirect = get("/swagger-ui.html", null, forged);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("location")).doesNotContain("evil");

        TestHttp.Resp proxied = get("/api/foundation/users", Tokens.agent(), forged);
        Map<String, String> seen = received(proxied);
        assertThat(seen.get("x-real-ip")).as("the client address the gateway saw").isEqualTo("127.0.0.1");
        assertThat(seen.getOrDefault("x-forwarded-host", "")).doesNotContain("evil");
        assertThat(seen.getOrDefault("x-forwarded-prefix", "")).doesNotContain("evil");
        assertThat(seen.getOrDefault("x-forwarded-for", "")).doesNotContain("6.6.6.6");
        assertThat(seen.getOrDefault("forwarded", "")).doesNotContain("evil");
    }
}

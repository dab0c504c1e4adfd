package com.bantu.gateway.security;

import com.bantu.common.error.ErrorKey;
import static com.bantu.gateway.support.Envelopes.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.RedisTokenRevocationStore;
import com.bantu.common.security.RedisTokenVersionStore;
import com.bantu.common.test.TestHttp;
import com.bantu.gateway.GatewayTestBase;
import com.bantu.gateway.support.Tokens;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Token cases (issue 3) and identity header replacement, against a real echoing downstream. */
class AuthenticationTest extends GatewayTestBase {

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void validTokenIsRoutedWithIdentityFromClaims() {
        TestHttp.Resp r = get("/api/foundation/users/u-agent?x=1", Tokens.agent());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("path").asText()).isEqualTo("/api/foundation/users/u-agent");
        assertThat(r.data().get("query").asText()).isEqualTo("x=1");
        Map<String, String> h = received(r);
        assertThat(h).containsEntry("x-user-id", "u-agent").containsEntry("x-user-roles", "AGENT")
                .containsEntry("x-organization-id", "org-1");
        assertThat(h.get("authorization")).startsWith("Bearer ");
    }

    @Test
    void missingTokenIs401InEnvelope() {
        TestHttp.Resp r = get("/api/foundation/users", null);
        assertEnvelope(r, 401, ErrorKey.UNAUTHENTICATED.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"malformed", "tampered", "alg-none", "hs512", "expired", "other-key", "other-issuer",
            "refresh-as-access", "empty-bearer", "basic-scheme", "lowercase-bearer"})
    void badTokensAre401InEnvelope(String kind) {
        String header = switch (kind) {
            case "malformed" -> "Bearer not-a-jwt";
            case "tampered" -> "Bearer " + Tokens.tampered();
            case "alg-none" -> "Bearer " + Tokens.algNone();
            case "hs512" -> "Bearer " + Tokens.hs512();
            case "expired" -> "Bearer " + Tokens.expired();
            case "other-key" -> "Bearer " + Tokens.otherKey();
            case "other-issuer" -> "Bearer " + Tokens.otherIssuer();
            case "refresh-as-access" -> "Bearer " + Tokens.refresh();
            case "empty-bearer" -> "Bearer ";
            case "basic-scheme" -> "Basic dXNlcjpwYXNz";
            case "lowercase-bearer" -> "bearer " + Tokens.agent();
            default -> throw new IllegalArgumentException(kind);
        };
        int before = FOUNDATION.hits();
        TestHttp.Resp r = get("/api/foundation/users", null, Map.of("Authorization", header));
        assertEnvelope(r, 401, ErrorKey.TOKEN_INVALID.message());
        assertThat(FOUNDATION.hits()).as("a refused request never reaches the service").isEqualTo(before);
    }

    @Test
    void tokenRevokedBeforeUseIs401() {
        var issued = Tokens.access("u-revoked-1", "org-1", "AGENT");
        revoke(issued.jti());
        try {
            assertEnvelope(get("/api/foundation/users/me", issued.token()), 401, ErrorKey.TOKEN_INVALID.message());
        } finally {
            redis.delete(RedisTokenRevocationStore.PREFIX + issued.jti()).block();
        }
    }

    @Test
    void tokenRevokedAfterUseIs401WithinTheRevocationCacheTime() {
        var issued = Tokens.access("u-revoked-2", "org-1", "AGENT");
        assertThat(get("/api/foundation/users/me", issued.token()).status()).isEqualTo(200);
        revoke(issued.jti());
        long revokedAt = System.nanoTime();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(100))
                    .until(() -> get("/api/foundation/users/me", issued.token()).status() == 401);
            assertThat((System.nanoTime() - revokedAt) / 1_000_000)
                    .as("bantu.gateway.revocation-cache is 500 ms (bound loose: includes response times under load)")
                    .isLessThan(3000);
            assertEnvelope(get("/api/foundation/users/me", issued.token()), 401, ErrorKey.TOKEN_INVALID.message());
        } finally {
            redis.delete(RedisTokenRevocationStore.PREFIX + issued.jti()).block();
        }
    }

    @Test
    void aTokenBelowTheUsersCurrentVersionIs401WithinOneSecond() throws InterruptedException {
        String user = "u-tv-" + System.nanoTime();
        var old = Tokens.versioned(user, 3, "SALES");
        String key = RedisTokenVersionStore.PREFIX + user;
        try {
            redis.opsForValue().set(key, "3").block();
            assertThat(get("/api/foundation/users/me", old.token()).status()).as("current version").isEqualTo(200);
            redis.opsForValue().set(key, "4").block(); // foundation ended the user's sessions
            long endedAt = System.nanoTime();
            long refusedAfterMs = -1;
            while (System.nanoTime() - endedAt < 2_000_000_000L) {
                long sentAt = System.nanoTime();
                if (get("/api/foundation/users/me", old.token()).status() == 401) {
                    refusedAfterMs = (sentAt - endedAt) / 1_000_000; // when the refused request was sent
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(refusedAfterMs).as("refused, within 1 s").isBetween(0L, 999L);
            assertEnvelope(get("/api/foundation/users/me", old.token()), 401, ErrorKey.TOKEN_INVALID.message());
            int before = FOUNDATION.hits();
            get("/api/foundation/users/me", old.token());
            assertThat(FOUNDATION.hits()).as("refused at the gateway").isEqualTo(before);
            var fresh = Tokens.versioned(user, 4, "SALES");
            assertThat(get("/api/foundation/users/me", fresh.token()).status()).as("a token of the new version")
                    .isEqualTo(200);
            assertThat(get("/api/foundation/users/me", Tokens.versioned(user + "-x", 0, "SALES").token()).status())
                    .as("no published version: version 0 passes").isEqualTo(200);
        } finally {
            redis.delete(key).block();
        }
    }

    private void revoke(String jti) {
        redis.opsForValue().set(RedisTokenRevocationStore.PREFIX + jti, "1", Duration.ofMinutes(5)).block();
    }

    @Test
    void spoofedIdentityHeadersAreReplacedAndTheServiceStillRefuses() {
        Map<String, String> spoof = Map.of("X-User-Id", "u-admin", "X-User-Roles", "ADMIN",
                "X-Organization-Id", "org-evil", "X-User-Name", "root");
        TestHttp.Resp echo = get("/api/foundation/users", Tokens.agent(), spoof);
        assertThat(echo.status()).isEqualTo(200);
        Map<String, String> h = received(echo);
        assertThat(h).containsEntry("x-user-id", "u-agent").containsEntry("x-user-roles", "AGENT")
                .containsEntry("x-organization-id", "org-1").doesNotContainKey("x-user-name");

        TestHttp.Resp denied = get("/api/foundation/admin-only", Tokens.agent(), spoof);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(get("/api/foundation/admin-only", Tokens.admin()).status()).isEqualTo(200);
    }

    @Test
    void publicPathsNeedNoTokenButLoseSpoofedHeaders() {
        TestHttp.Resp r = http().send("POST", "/api/foundation/auth/refresh", null, "{\"refresh_token\":\"x\"}",
                Map.of("X-User-Id", "u-admin", "X-User-Roles", "ADMIN", "X-Organization-Id", "org-evil"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(received(r)).doesNotContainKeys("x-user-id", "x-user-roles", "x-organization-id");
    }

    @Test
    void lookalikesOfPublicPathsNeedAToken() {
        assertEnvelope(get("/api/foundation/auth/login-anything", null), 401, ErrorKey.UNAUTHENTICATED.message());
        assertEnvelope(get("/api/foundation/auth/user-info", null), 401, ErrorKey.UNAUTHENTICATED.message());
        assertEnvelope(get("/healthz", null), 401, ErrorKey.UNAUTHENTICATED.message());
        assertEnvelope(get("/actuator/prometheus", null), 401, ErrorKey.UNAUTHENTICATED.message());
    }
}

package com.bantu.gateway.ratelimit;

import com.bantu.common.error.ErrorKey;
import static com.bantu.gateway.support.Envelopes.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.gateway.support.Downstream;
import com.bantu.gateway.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code local} profile told to use Redis (as the runner does when Redis answered, or production with
 * {@code redis} stores) while Redis is unreachable: login is still throttled by the
 * in-process limiter (Spring's Redis limiter alone would let everything through), tokens still work
 * (revocation check fails open, as in common-lib), the gateway stays ready and localhost origins pass CORS.
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bantu.jwt.secret=" + Tokens.SECRET,
        "bantu.gateway.login-rate-limit.replenish-rate=1",
        "bantu.gateway.login-rate-limit.burst-capacity=30",
        "bantu.gateway.login-rate-limit.requested-tokens=10",
        "spring.data.redis.host=127.0.0.1",
        "bantu.gateway.login-rate-limit.store=redis",
        "bantu.security.revocation-store=redis",
})
class RedisDownLocalProfileTest {

    static final Downstream FOUNDATION = Downstream.start("foundation-local");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", Downstream::closedPort);
        registry.add("bantu.services.foundation.url", FOUNDATION::url);
    }

    @Test
    void loginStaysThrottledInProcess() {
        TestHttp http = TestHttp.local(port);
        String body = "{\"email\":\"admin@bantu.sbs\",\"password\":\"x\"}";
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            TestHttp.Resp ok = http.post("/api/foundation/auth/login", null, body);
            assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        }
        assertEnvelope(http.post("/api/foundation/auth/login", null, body), 429, ErrorKey.TOO_MANY_REQUESTS.message());
    }

    @Test
    void tokensStillWorkAndTheGatewayStaysReady() {
        TestHttp http = TestHttp.local(port);
        TestHttp.Resp r = http.get("/api/foundation/users", Tokens.agent());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void localProfileAllowsLocalhostOrigins() {
        TestHttp.Resp r = TestHttp.local(port).send("OPTIONS", "/api/foundation/users", null, null, Map.of(
                "Origin", "http://localhost:5173", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization, x-user-roles"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().get("access-control-allow-origin")).containsExactly("http://localhost:5173");
    }
}

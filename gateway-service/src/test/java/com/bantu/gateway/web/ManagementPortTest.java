package com.bantu.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.gateway.GatewayTestBase;
import com.bantu.gateway.support.Downstream;
import com.bantu.gateway.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Actuator on its own port, as compose and Kubernetes run the gateway (MANAGEMENT_SERVER_PORT): Prometheus scrapes
 * it without a token, the API port serves no actuator endpoint, and the metrics the alert rules and the dashboard
 * read are there (route histogram buckets, refused logins, breaker state, health gauges).
 */
class ManagementPortTest extends GatewayTestBase {

    static final int MANAGEMENT = Downstream.closedPort();

    @Autowired
    ReactiveStringRedisTemplate redis;

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> MANAGEMENT);
    }

    private static TestHttp management() {
        return TestHttp.local(MANAGEMENT);
    }

    @Test
    void prometheusScrapesTheManagementPortWithoutAToken() {
        assertThat(get("/api/foundation/users", Tokens.agent()).status()).isEqualTo(200);
        redis.keys("request_rate_limiter.{foundation-login.*").flatMap(redis::delete).blockLast();
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = http().post("/api/foundation/auth/login", null, "{\"email\":\"a@b.c\",\"password\":\"x\"}").status();
        }
        assertThat(status).as("the login limiter answered 429").isEqualTo(429);

        TestHttp.Resp metrics = management().get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw())
                .as("histogram buckets per route group (p99 alert, dashboard)")
                .containsPattern("spring_cloud_gateway_requests_seconds_bucket\\{[^}]*routeId=\"foundation\"")
                .as("refused logins are counted (BantuLoginThrottlingSpike): the route timer never sees the 429")
                .containsPattern("bantu_gateway_login_attempts_total\\{[^}]*outcome=\"refused\"[^}]*} [1-9]")
                .as("breaker state per downstream service")
                .containsPattern("resilience4j_circuitbreaker_state\\{(?=[^}]*name=\"foundation\")(?=[^}]*state=\"closed\")[^}]*} 1")
                .as("Redis health as a gauge")
                .containsPattern("bantu_health_up\\{(?=[^}]*application=\"gateway-service\")(?=[^}]*component=\"redis\")[^}]*} 1")
                .containsPattern("bantu_health_up\\{[^}]*component=\"readiness\"[^}]*} 1")
                .doesNotContain("component=\"db\"");
        assertThat(management().get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void theApiPortServesNoActuatorEndpoint() {
        assertThat(get("/actuator/prometheus", Tokens.admin()).status()).isEqualTo(404);
        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get("/health", null).status()).as("the public /health stays on the API port").isEqualTo(200);
    }

    @Test
    void theManagementPortRoutesNothing() {
        int before = FOUNDATION.hits();
        assertThat(management().get("/api/foundation/users", Tokens.agent()).status()).isEqualTo(404);
        assertThat(FOUNDATION.hits()).as("nothing was forwarded").isEqualTo(before);
    }
}

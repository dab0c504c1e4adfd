package com.bantu.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What Kubernetes probes reach without a token, and what they do not: metrics need an ADMIN token on the API port
 * (Prometheus scrapes the separate management port), API documents are off unless {@code bantu.docs.enabled}
 * (the local profile, {@code H2LocalProfileIT}).
 */
class OperationsIT extends IntegrationTestBase {

    @Test
    void probesArePublicMetricsNeedAnAdminAndDocsAreOff() {
        assertThat(http.get("/actuator/health/liveness", null).body().get("status").asText()).isEqualTo("UP");
        var readiness = http.get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(http.get("/health", null).body().get("status").asText()).isEqualTo("healthy");
        assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", salesUser().token()).status()).isEqualTo(403);
        var prom = http.get("/actuator/prometheus", adminToken());
        assertThat(prom.status()).isEqualTo(200);
        assertThat(prom.raw()).contains("http_server_requests").contains("application=\"foundation-service\"");
        assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(404);
        assertThat(http.get("/v3/api-docs", adminToken()).status()).isEqualTo(404);
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(404);
        assertThat(http.get("/actuator/env", null).status()).isIn(401, 404);
    }

    @Test
    void unknownRoutesAnswer404InTheEnvelope() {
        var r = http.get("/api/foundation/nothing-here", adminToken());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("code").asInt()).isEqualTo(404);
    }
}

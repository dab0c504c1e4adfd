package com.bantu.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Kubernetes probes, Prometheus and operators reach without a token. */
class OperationsIT extends IntegrationTestBase {

    @Test
    void probesMetricsAndApiDocsArePublic() {
        assertThat(http.get("/actuator/health/liveness", null).body().get("status").asText()).isEqualTo("UP");
        var readiness = http.get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(http.get("/health", null).body().get("status").asText()).isEqualTo("healthy");
        var prom = http.get("/actuator/prometheus", null);
        assertThat(prom.status()).isEqualTo(200);
        assertThat(prom.raw()).contains("http_server_requests").contains("application=\"foundation-service\"");
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.raw()).contains("/api/foundation/users").doesNotContain("/internal/");
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/env", null).status()).isIn(401, 404);
    }

    @Test
    void unknownRoutesAnswer404InTheEnvelope() {
        var r = http.get("/api/foundation/nothing-here", adminToken());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("code").asInt()).isEqualTo(404);
    }
}

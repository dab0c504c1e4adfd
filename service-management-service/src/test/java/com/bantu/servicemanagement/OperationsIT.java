package com.bantu.servicemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import org.junit.jupiter.api.Test;

/** /health and the shared defaults come from common-lib; this service only names itself. */
class OperationsIT extends IntegrationTestBase {

    @Test
    void healthNamesTheService() {
        Resp health = http.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("healthy");
        assertThat(health.body().get("service").asText()).isEqualTo("service-management-service");
    }

    @Test
    void apiDocumentsAreOffUnlessSwitchedOn() {
        // on in the local profile (LocalProfileBootTest checks the OpenAPI header there)
        assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(404);
        assertThat(http.get("/swagger-ui/index.html", admin()).status()).isEqualTo(404);
    }

    @Test
    void probesAreExposedByTheSharedManagementDefaults() {
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", sales()).status()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", admin()).status()).isEqualTo(200);
    }
}

package com.bantu.servicemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import org.junit.jupiter.api.Test;

/** /health, the OpenAPI header and the shared defaults come from common-lib; this service only names itself. */
class OperationsIT extends IntegrationTestBase {

    @Test
    void healthNamesTheService() {
        Resp health = http.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("healthy");
        assertThat(health.body().get("service").asText()).isEqualTo("service-management-service");
    }

    @Test
    void openApiHeaderAndBearerSecurityComeFromCommonLib() {
        Resp docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("info").get("title").asText()).isEqualTo("BANTU service-management-service");
        assertThat(docs.body().get("info").get("description").asText()).startsWith("Customers, contacts");
        assertThat(docs.body().get("components").get("securitySchemes").get("bearer").get("scheme").asText())
                .isEqualTo("bearer");
    }

    @Test
    void probesAreExposedByTheSharedManagementDefaults() {
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(200);
    }
}

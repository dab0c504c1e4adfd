package com.bantu.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.gateway.GatewayTestBase;
import com.bantu.gateway.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Swagger UI over every service's document, health, Prometheus route metrics, no gateway actuator endpoint. */
class DocsAndOpsTest extends GatewayTestBase {

    @Test
    void swaggerUiIsReachableWithoutToken() {
        TestHttp.Resp redirect = get("/swagger-ui.html", null);
        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.headers().get("location").get(0);
        assertThat(location).endsWith("/swagger-ui/index.html");

        TestHttp.Resp page = get(location, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("swagger-ui");
        TestHttp.Resp initializer = get("/swagger-ui/swagger-initializer.js", null);
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.raw()).contains("/v3/api-docs/swagger-config");
    }

    @Test
    void swaggerConfigListsEveryService() {
        TestHttp.Resp config = get("/v3/api-docs/swagger-config", null);
        assertThat(config.status()).isEqualTo(200);
        List<String> urls = new ArrayList<>();
        config.body().get("urls").forEach(u -> urls.add(u.get("url").asText()));
        assertThat(urls).containsExactlyInAnyOrder("/v3/api-docs/foundation", "/v3/api-docs/service-management",
                "/v3/api-docs/analytics-monitoring", "/v3/api-docs/business", "/v3/api-docs/workflow",
                "/v3/api-docs/finance");
    }

    @Test
    void eachServiceDocumentIsFetchedFromItsServiceWithoutToken() {
        TestHttp.Resp doc = get("/v3/api-docs/foundation", null);
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        assertThat(doc.body().at("/info/title").asText()).isEqualTo("foundation stub");
        assertThat(doc.body().at("/paths/~1api~1x/get/operationId").asText()).as("camelCase kept").isEqualTo("getX");
        assertThat(doc.body().at("/servers/0/url").asText()).as("Try it out goes through the gateway").isEqualTo("/");
        assertThat(get("/v3/api-docs/analytics-monitoring", null).body().at("/info/title").asText())
                .isEqualTo("others stub");
        // a service that is down gives the envelope, not a hang
        assertThat(get("/v3/api-docs/workflow", null).status()).isEqualTo(503);
    }

    @Test
    void healthEndpointsArePublic() {
        TestHttp.Resp health = get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.data().get("status").asText()).isEqualTo("healthy");
        assertThat(health.body().get("timestamp").asText()).matches(".*T\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?");
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
        TestHttp.Resp liveness = get("/actuator/health/liveness", null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body().get("status").asText()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness", null).body().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusHasRouteMetricsAndNeedsAnAdminToken() {
        assertThat(get("/api/foundation/users", Tokens.agent()).status()).isEqualTo(200);
        TestHttp.Resp metrics = get("/actuator/prometheus", Tokens.admin());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw())
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"foundation\"")
                .containsPattern("application=\"gateway-service\"");
        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", Tokens.agent()).status()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", Tokens.access("u-1", "org-1", "SALES", "FINANCE").token()).status())
                .isEqualTo(403);
        assertThat(get("/actuator/info", Tokens.agent()).status()).isEqualTo(403);
    }

    @Test
    void gatewayActuatorEndpointIsNotExposed() {
        assertThat(get("/actuator/gateway/routes", Tokens.admin()).status()).isEqualTo(404);
        assertThat(get("/actuator/env", Tokens.admin()).status()).isEqualTo(404);
    }
}

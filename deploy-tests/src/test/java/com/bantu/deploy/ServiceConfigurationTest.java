package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.bantu.deploy.support.Design;
import com.bantu.deploy.support.SpringConfig;

/**
 * What the deployment assumes about each service's production configuration (application.yml): the port of
 * docs/ARCHITECTURE.md, the actuator endpoints the probes and Prometheus call, on the service port.
 */
class ServiceConfigurationTest {

    static List<Design.Service> services() {
        return Design.deployed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void listensOnTheDesignPort(Design.Service s) {
        SpringConfig config = SpringConfig.require(s.name());
        assertThat(config.resolvedDefault("server.port"))
                .as("%s server.port (default when SERVER_PORT is unset)", config.file())
                .contains(String.valueOf(s.port()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void servesTheActuatorEndpointsTheDeploymentCalls(Design.Service s) {
        SpringConfig config = SpringConfig.require(s.name());
        // actuator moves to MANAGEMENT_SERVER_PORT only where the deployment sets it (compose, Kubernetes: the port the
        // probes and Prometheus use); without it, it stays on the service port
        assertThat(config.get("management.server.port").orElse("${MANAGEMENT_SERVER_PORT:}"))
                .as("%s management.server.port", config.file()).isEqualTo("${MANAGEMENT_SERVER_PORT:}");
        assertThat(PrometheusConfigTest.scrapePort(s)).as("%s MANAGEMENT_SERVER_PORT in compose", s.name())
                .isNotEqualTo(s.port());
        assertThat(config.resolvedDefault("management.endpoints.web.base-path").orElse("/actuator"))
                .as("%s management.endpoints.web.base-path", config.file()).isEqualTo("/actuator");
        List<String> exposed = Arrays.stream(config.resolvedDefault("management.endpoints.web.exposure.include").orElse("health")
                .split(",")).map(String::trim).toList();
        if (!exposed.contains("*")) {
            assertThat(exposed).as("%s management.endpoints.web.exposure.include", config.file())
                    .contains("health", "prometheus", "info");
        }
        // outside Kubernetes (compose) the liveness/readiness groups exist only when enabled explicitly
        assertThat(config.resolvedDefault("management.endpoint.health.probes.enabled"))
                .as("%s management.endpoint.health.probes.enabled (/actuator/health/liveness|readiness)", config.file())
                .contains("true");
    }

    /**
     * The readiness probe takes a replica whose database is gone out of the Service; liveness never depends on the
     * database (no restart loop during an outage) and Redis is in neither (caches fall through to the database).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void readinessIncludesTheDatabaseAndLivenessDoesNot(Design.Service s) {
        SpringConfig config = SpringConfig.require(s.name());
        List<String> readiness = group(config, "readiness");
        List<String> liveness = group(config, "liveness");
        assertThat(readiness).as("%s management.endpoint.health.group.readiness.include", config.file())
                .contains("readinessState").doesNotContain("redis", "*");
        if (s.hasDatabase()) {
            assertThat(readiness).as("%s readiness includes the database", config.file()).contains("db");
        }
        assertThat(liveness).as("%s management.endpoint.health.group.liveness.include", config.file())
                .doesNotContain("db", "redis", "*");
    }

    private static List<String> group(SpringConfig config, String name) {
        // with probes enabled and no include, Spring Boot's groups hold only the application's own state
        return Arrays.stream(config.resolvedDefault("management.endpoint.health.group." + name + ".include")
                .orElse(name + "State").split(",")).map(String::trim).toList();
    }
}

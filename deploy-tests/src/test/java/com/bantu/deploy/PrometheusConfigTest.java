package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.bantu.deploy.support.Compose;
import com.bantu.deploy.support.Design;
import com.bantu.deploy.support.Kustomize;

import io.fabric8.kubernetes.api.model.ConfigMap;
import com.bantu.deploy.support.Repo;
import com.bantu.deploy.support.Yaml;

/** docker/prometheus/prometheus.yml scrapes every deployed service at /actuator/prometheus on its port. */
class PrometheusConfigTest {

    @Test
    void scrapesEveryServiceAtActuatorPrometheus() {
        Map<String, Object> config = Yaml.loadMap(Repo.path("docker/prometheus/prometheus.yml"));
        Map<String, String> pathOfTarget = new HashMap<>();
        for (Object o : Yaml.list(config, "scrape_configs")) {
            Map<String, Object> job = Yaml.cast(o);
            assertThat(Yaml.string(job, "job_name")).as("job_name").isNotBlank();
            String path = Yaml.string(job, "metrics_path") == null ? "/metrics" : Yaml.string(job, "metrics_path");
            for (Object sc : Yaml.list(job, "static_configs")) {
                for (Object target : Yaml.list(Yaml.cast(sc), "targets")) {
                    assertThat(pathOfTarget.put(String.valueOf(target), path)).as("target %s listed twice", target).isNull();
                }
            }
        }
        for (Design.Service s : Design.deployed()) {
            String target = s.name() + ":" + s.port();
            assertThat(pathOfTarget).as("Prometheus target for %s", s.name()).containsEntry(target, "/actuator/prometheus");
        }
        List<String> unknown = pathOfTarget.keySet().stream()
                .filter(t -> !t.startsWith("localhost:"))
                .filter(t -> Design.deployed().stream().noneMatch(s -> t.equals(s.name() + ":" + s.port())))
                .toList();
        assertThat(unknown).as("targets that are no deployed service").isEmpty();
    }

    /** Prometheus sends no token: the gateway (which guards its own actuator) must list its metrics as public. */
    @Test
    void gatewayLetsPrometheusScrapeWithoutAToken() {
        assertThat(Compose.load().environment("gateway-service").get("BANTU_GATEWAY_PUBLIC_PATHS"))
                .as("docker-compose.yml gateway BANTU_GATEWAY_PUBLIC_PATHS").contains("/actuator/prometheus");
        for (String dir : KubernetesManifestTest.RENDERS) {
            ConfigMap cm = Kustomize.render(Repo.path(dir)).get(ConfigMap.class, "gateway-service-config");
            assertThat(cm.getData().get("BANTU_GATEWAY_PUBLIC_PATHS")).as("%s gateway BANTU_GATEWAY_PUBLIC_PATHS", dir)
                    .contains("/actuator/prometheus");
        }
    }
}

package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.bantu.deploy.support.Compose;
import com.bantu.deploy.support.Design;
import com.bantu.deploy.support.Kustomize;
import com.bantu.deploy.support.Repo;
import com.bantu.deploy.support.Yaml;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/**
 * docker/prometheus/prometheus.yml (compose) and deploy/prometheus/kubernetes.yml (the ConfigMap bantu-prometheus)
 * scrape every deployed service at /actuator/prometheus on the port actuator answers on, keep replicas apart in
 * {@code instance}, label targets with {@code service} (the alert rules group by it) and load the alert rules.
 */
class PrometheusConfigTest {

    static final String COMPOSE_CONFIG = "docker/prometheus/prometheus.yml";

    /** The port actuator answers on: MANAGEMENT_SERVER_PORT in compose when set (the gateway), else the service port. */
    static int scrapePort(Design.Service s) {
        String management = Compose.load().environment(s.name()).get("MANAGEMENT_SERVER_PORT");
        return management == null ? s.port() : Integer.parseInt(management);
    }

    private static Map<String, Object> job(Map<String, Object> config, String name) {
        for (Object o : Yaml.list(config, "scrape_configs")) {
            Map<String, Object> job = Yaml.cast(o);
            if (name.equals(Yaml.string(job, "job_name"))) {
                return job;
            }
        }
        throw new AssertionError("no scrape job " + name);
    }

    /** target label -> source labels of the plain copy/replace relabellings of a job. */
    private static Map<String, String> relabelTargets(Map<String, Object> job) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object o : Yaml.list(job, "relabel_configs")) {
            Map<String, Object> r = Yaml.cast(o);
            if (r.get("target_label") != null) {
                out.put(Yaml.string(r, "target_label"), String.valueOf(r.get("source_labels")));
            }
        }
        return out;
    }

    @Test
    void composeDiscoversEveryReplicaOfEveryServiceThroughDockerDns() {
        Map<String, Object> config = Yaml.loadMap(Repo.path(COMPOSE_CONFIG));
        Map<String, Object> job = job(config, "bantu-services");
        assertThat(Yaml.string(job, "metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(Yaml.list(job, "static_configs")).as("static targets resolve to one replica only").isEmpty();
        Map<String, Integer> portOfName = new LinkedHashMap<>();
        for (Object o : Yaml.list(job, "dns_sd_configs")) {
            Map<String, Object> sd = Yaml.cast(o);
            assertThat(Yaml.string(sd, "type")).as("A records: one per container").isEqualTo("A");
            for (Object name : Yaml.list(sd, "names")) {
                assertThat(portOfName.put(String.valueOf(name), (Integer) sd.get("port"))).as("%s listed twice", name).isNull();
            }
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        Design.deployed().forEach(s -> expected.put(s.name(), scrapePort(s)));
        assertThat(portOfName).as("compose service name -> scraped port").containsExactlyInAnyOrderEntriesOf(expected);
        Map<String, String> relabel = relabelTargets(job);
        assertThat(relabel).as("service = the compose service name").containsEntry("service", "[__meta_dns_name]");
        assertThat(relabel).as("instance keeps the container address:port, so replicas stay apart").doesNotContainKey("instance");
    }

    @Test
    void gatewayMetricsAreScrapedOnAPortNobodyOutsideReaches() {
        Map<String, String> env = Compose.load().environment("gateway-service");
        assertThat(env).as("no public actuator path on the API port").doesNotContainKey("BANTU_GATEWAY_PUBLIC_PATHS");
        int management = scrapePort(Design.get("gateway-service"));
        assertThat(management).as("gateway MANAGEMENT_SERVER_PORT").isNotEqualTo(Design.get("gateway-service").port());
        for (Object p : Yaml.list(Compose.load().service("gateway-service"), "ports")) {
            assertThat(String.valueOf(p)).as("compose must not publish the management port").doesNotEndWith(":" + management);
        }
        for (String dir : KubernetesManifestTest.RENDERS) {
            Kustomize.Rendered r = Kustomize.render(Repo.path(dir));
            ConfigMap cm = r.get(ConfigMap.class, "gateway-service-config");
            assertThat(cm.getData()).as("%s gateway-service-config", dir)
                    .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(management))
                    .doesNotContainKey("BANTU_GATEWAY_PUBLIC_PATHS");
            for (Ingress ing : r.all(Ingress.class)) {
                ing.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                    var port = path.getBackend().getService().getPort();
                    assertThat(port.getName()).as("%s Ingress %s backend port", dir, path.getPath()).isNotEqualTo("management");
                    assertThat(String.valueOf(port.getNumber())).as("%s Ingress %s backend port", dir, path.getPath())
                            .isNotEqualTo(String.valueOf(management));
                }));
            }
        }
    }

    @Test
    void composeLoadsTheAlertRules() {
        Map<String, Object> config = Yaml.loadMap(Repo.path(COMPOSE_CONFIG));
        assertThat(Yaml.list(config, "rule_files")).containsExactly("/etc/prometheus/rules/*.yml");
        assertThat(Yaml.list(Compose.load().service("prometheus"), "volumes"))
                .contains("./deploy/prometheus/rules:/etc/prometheus/rules:ro");
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/prod"})
    void kubernetesConfigMapScrapesAnnotatedPodsNamedByPodAndCarriesTheRules(String dir) {
        ConfigMap cm = Kustomize.render(Repo.path(dir)).get(ConfigMap.class, "bantu-prometheus");
        assertThat(cm.getData().get("bantu-alerts.yml")).as("the rules compose loads, unchanged")
                .isEqualTo(Repo.read(Repo.path("deploy/prometheus/rules/bantu-alerts.yml")));
        Map<String, Object> config = Yaml.cast(Yaml.parse(cm.getData().get("prometheus.yml")));
        assertThat(Yaml.list(config, "rule_files")).containsExactly("/etc/prometheus/bantu-alerts.yml");
        Map<String, Object> job = job(config, "bantu-services");
        List<String> roles = new ArrayList<>();
        Yaml.list(job, "kubernetes_sd_configs").forEach(o -> roles.add(Yaml.string(Yaml.cast(o), "role")));
        assertThat(roles).as("pod discovery: one target per replica").containsExactly("pod");
        Map<String, String> relabel = relabelTargets(job);
        assertThat(relabel).as("instance = pod name, so replicas stay apart")
                .containsEntry("instance", "[__meta_kubernetes_pod_name]")
                .containsEntry("service", "[__meta_kubernetes_pod_label_app_kubernetes_io_name]")
                .containsEntry("__metrics_path__", "[__meta_kubernetes_pod_annotation_prometheus_io_path]")
                .containsEntry("__address__", "[__address__, __meta_kubernetes_pod_annotation_prometheus_io_port]");
    }
}

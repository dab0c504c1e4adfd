package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.bantu.deploy.support.Compose;
import com.bantu.deploy.support.Design;
import com.bantu.deploy.support.Kustomize;
import com.bantu.deploy.support.Repo;
import com.bantu.deploy.support.Yaml;

import io.fabric8.kubernetes.api.model.ConfigMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitoring files: the Grafana dashboard (deploy/grafana/dashboards) parses and is provisioned by compose and
 * by the Kubernetes ConfigMap; the alert rules (deploy/prometheus/rules) each carry a summary, a description and a
 * runbook link to an existing docs/RUNBOOK.md section, and each has a promtool unit test that fires it and one that
 * does not. Whether the queries name metrics the services really expose is checked against running services in
 * e2e-tests (DashboardMetricsIT).
 */
class MonitoringTest {

    static final Path DASHBOARDS = Repo.path("deploy/grafana/dashboards");
    static final Path DASHBOARD = DASHBOARDS.resolve("bantu-crm.json");
    static final Path RULES = Repo.path("deploy/prometheus/rules/bantu-alerts.yml");
    static final Path RULE_TESTS = Repo.path("deploy/prometheus/tests/bantu-alerts-test.yml");
    static final Path RUNBOOK = Repo.path("docs/RUNBOOK.md");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode dashboard() {
        try {
            return JSON.readTree(Repo.read(DASHBOARD));
        } catch (RuntimeException e) {
            throw new AssertionError(Repo.relative(DASHBOARD) + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Every panel, rows' nested panels included, with the title of the row it sits under. */
    static Map<JsonNode, String> panels(JsonNode dashboard) {
        Map<JsonNode, String> out = new LinkedHashMap<>();
        String row = "";
        for (JsonNode p : dashboard.get("panels")) {
            if ("row".equals(p.path("type").asString())) {
                row = p.path("title").asString();
                for (JsonNode nested : p.path("panels")) {
                    out.put(nested, row);
                }
            } else {
                out.put(p, row);
            }
        }
        return out;
    }

    private static List<String> expressions(JsonNode panel) {
        List<String> out = new ArrayList<>();
        panel.path("targets").forEach(t -> out.add(t.path("expr").asString()));
        return out;
    }

    @Test
    void dashboardParsesAndEveryPanelQueriesTheSelectedPrometheus() {
        JsonNode d = dashboard();
        assertThat(d.path("uid").asString()).isEqualTo("bantu-crm");
        assertThat(d.path("title").asString()).isNotBlank();
        JsonNode datasourceVar = null;
        for (JsonNode v : d.path("templating").path("list")) {
            if ("datasource".equals(v.path("name").asString())) {
                datasourceVar = v;
            }
        }
        assertThat(datasourceVar).as("a data source variable, so compose's and the cluster's Prometheus both work").isNotNull();
        assertThat(datasourceVar.path("type").asString()).isEqualTo("datasource");
        assertThat(datasourceVar.path("query").asString()).isEqualTo("prometheus");
        Set<Integer> ids = new LinkedHashSet<>();
        for (JsonNode p : d.get("panels")) {
            if ("row".equals(p.path("type").asString())) {
                assertThat(ids.add(p.path("id").asInt())).as("row id %s unique", p.path("id")).isTrue();
            }
        }
        Map<JsonNode, String> panels = panels(d);
        assertThat(panels).hasSizeGreaterThan(20);
        panels.forEach((p, row) -> {
            String title = p.path("title").asString();
            assertThat(ids.add(p.path("id").asInt())).as("panel id of %s unique", title).isTrue();
            assertThat(p.path("datasource").path("uid").asString()).as("%s data source", title).isEqualTo("${datasource}");
            JsonNode grid = p.path("gridPos");
            assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as("%s fits the 24 columns", title).isLessThanOrEqualTo(24);
            assertThat(expressions(p)).as("%s queries", title).isNotEmpty().allSatisfy(e -> assertThat(e).isNotBlank());
            p.path("targets").forEach(t -> assertThat(t.path("datasource").path("uid").asString()).isEqualTo("${datasource}"));
        });
    }

    @Test
    void dashboardShowsWhatTheOperatorNeeds() {
        String all = String.join("\n", panels(dashboard()).keySet().stream().flatMap(p -> expressions(p).stream()).toList());
        assertThat(all).contains(
                "http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "spring_cloud_gateway_requests_seconds_count", "spring_cloud_gateway_requests_seconds_bucket",
                "histogram_quantile(0.5,", "histogram_quantile(0.99,", "by (routeId", "by (application",
                "jvm_memory_used_bytes", "jvm_gc_pause_seconds", "hikaricp_connections_active", "hikaricp_connections_pending",
                "bantu_health_up", "resilience4j_circuitbreaker_state", "bantu_gateway_login_attempts_total",
                "bantu_events_incomplete", "bantu_events_oldest_incomplete_seconds",
                "bantu_orders_placed_total", "bantu_approvals_pending", "bantu_approvals_pending_oldest_seconds",
                "bantu_payments_confirmed_total", "bantu_collection_tasks_overdue", "disk_free_bytes");
    }

    static final Pattern EXPECTED_FROM = Pattern.compile("^From ([a-z-]+(?:, [a-z-]+)*):");

    /** The services a panel says its metrics come from (its description, "From a, b: ..."), empty when not tagged. */
    static List<String> expectedFrom(JsonNode panel) {
        Matcher m = EXPECTED_FROM.matcher(panel.path("description").asString());
        return m.find() ? List.of(m.group(1).split(", ")) : List.of();
    }

    @Test
    void businessPanelsNameTheServiceThatMustExposeTheirMetric() {
        Set<String> known = new LinkedHashSet<>();
        Design.TABLE.forEach(s -> known.add(s.name()));
        List<String> business = new ArrayList<>();
        panels(dashboard()).forEach((p, row) -> {
            List<String> from = expectedFrom(p);
            assertThat(known).as("%s: expected from a service of the design", p.path("title")).containsAll(from);
            if (row.equals("Business")) {
                business.add(p.path("title").asString());
                assertThat(from).as("business panel %s names the service that must expose its metric", p.path("title")).hasSize(1);
                assertThat(expressions(p)).allSatisfy(e -> assertThat(e).contains("application=\"" + from.get(0) + "\""));
            }
        });
        assertThat(business).hasSize(5);
    }

    // ---- alert rules ----

    record Alert(String name, Map<String, Object> labels, Map<String, Object> annotations) {
    }

    static List<Alert> alerts() {
        List<Alert> out = new ArrayList<>();
        for (Object g : Yaml.list(Yaml.loadMap(RULES), "groups")) {
            for (Object r : Yaml.list(Yaml.cast(g), "rules")) {
                Map<String, Object> rule = Yaml.cast(r);
                if (rule.get("alert") != null) {
                    out.add(new Alert(Yaml.string(rule, "alert"), Yaml.map(rule, "labels"), Yaml.map(rule, "annotations")));
                }
            }
        }
        return out;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
    static Set<String> anchors(String markdown) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : markdown.split("\n")) {
            if (line.matches("#{1,6} .*")) {
                String text = line.replaceFirst("#+ ", "").trim().toLowerCase(Locale.ROOT);
                out.add(text.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
            }
        }
        return out;
    }

    @Test
    void everyAlertHasASummaryADescriptionAndARunbookSection() {
        List<Alert> alerts = alerts();
        assertThat(alerts).extracting(Alert::name).contains("BantuServiceDown", "BantuHighErrorRate", "BantuRouteLatencyHigh",
                "BantuCircuitBreakerOpen", "BantuLoginThrottlingSpike", "BantuEventBacklogGrowing", "BantuEventPublicationStale",
                "BantuDependencyUnreachable", "BantuJvmHeapHigh", "BantuFileVolumeFull").doesNotHaveDuplicates();
        Set<String> anchors = anchors(Repo.read(RUNBOOK));
        for (Alert a : alerts) {
            assertThat(Yaml.string(a.labels(), "severity")).as("%s severity", a.name()).isIn("critical", "warning");
            assertThat(Yaml.string(a.annotations(), "summary")).as("%s summary", a.name()).isNotBlank();
            assertThat(Yaml.string(a.annotations(), "description")).as("%s description names the likely cause", a.name())
                    .contains("Likely cause");
            String url = Yaml.string(a.annotations(), "runbook_url");
            assertThat(url).as("%s runbook_url", a.name()).isEqualTo("docs/RUNBOOK.md#" + a.name().toLowerCase(Locale.ROOT));
            assertThat(anchors).as("docs/RUNBOOK.md has a section for %s", a.name()).contains(url.substring(url.indexOf('#') + 1));
        }
    }

    @Test
    void everyAlertHasAPromtoolTestThatFiresItAndOneThatDoesNot() {
        Map<String, Object> tests = Yaml.loadMap(RULE_TESTS);
        List<Path> ruleFiles = Yaml.list(tests, "rule_files").stream()
                .map(f -> RULE_TESTS.getParent().resolve(String.valueOf(f)).normalize()).toList();
        assertThat(ruleFiles).as("the tests load the rules file").contains(RULES.normalize());
        Set<String> fired = new LinkedHashSet<>();
        Set<String> quiet = new LinkedHashSet<>();
        for (Object t : Yaml.list(tests, "tests")) {
            for (Object c : Yaml.list(Yaml.cast(t), "alert_rule_test")) {
                Map<String, Object> check = Yaml.cast(c);
                (Yaml.list(check, "exp_alerts").isEmpty() ? quiet : fired).add(Yaml.string(check, "alertname"));
            }
        }
        List<String> names = alerts().stream().map(Alert::name).toList();
        assertThat(fired).as("alerts with a test that fires them").containsAll(names);
        assertThat(quiet).as("alerts with a test where they must stay quiet").containsAll(names);
    }

    // ---- provisioning ----

    @Test
    void composeProvisionsGrafanaWithThePrometheusDataSourceAndTheDashboards() {
        Map<String, Path> mounts = ComposeTest.mounts("grafana");
        assertThat(mounts).containsEntry("/etc/grafana/provisioning/datasources", Repo.path("deploy/grafana/provisioning/datasources"))
                .containsEntry("/etc/grafana/provisioning/dashboards", Repo.path("deploy/grafana/provisioning/dashboards"));
        String dashboardsInContainer = mounts.entrySet().stream().filter(e -> e.getValue().equals(DASHBOARDS))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("compose grafana does not mount deploy/grafana/dashboards"));

        Map<String, Object> provider = Yaml.cast(Yaml.list(
                Yaml.loadMap(Repo.path("deploy/grafana/provisioning/dashboards/bantu.yml")), "providers").get(0));
        assertThat(Yaml.string(provider, "type")).isEqualTo("file");
        assertThat(Yaml.string(Yaml.map(provider, "options"), "path")).as("the provider reads where compose mounts the dashboards")
                .isEqualTo(dashboardsInContainer);

        Map<String, Object> ds = Yaml.cast(Yaml.list(
                Yaml.loadMap(Repo.path("deploy/grafana/provisioning/datasources/prometheus.yml")), "datasources").get(0));
        assertThat(Yaml.string(ds, "type")).isEqualTo("prometheus");
        assertThat(ds.get("isDefault")).as("the dashboard's data source variable starts on the default").isEqualTo(true);
        assertThat(Yaml.string(ds, "url")).as("the compose Prometheus").isEqualTo("http://prometheus:9090");
        assertThat(Compose.load().services()).containsKey("prometheus");
        assertThat(Yaml.map(Yaml.map(Compose.load().service("grafana"), "depends_on"), "prometheus")).isNotEmpty();
        String home = Compose.load().environment("grafana").get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
        assertThat(home).isEqualTo(dashboardsInContainer + "/" + DASHBOARD.getFileName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/prod"})
    void kubernetesShipsEveryDashboardInAConfigMapForGrafanasSidecar(String dir) throws IOException {
        ConfigMap cm = Kustomize.render(Repo.path(dir)).get(ConfigMap.class, "bantu-grafana-dashboards");
        assertThat(cm.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        List<String> files;
        try (Stream<Path> s = Files.list(DASHBOARDS)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(cm.getData().keySet()).containsExactlyInAnyOrderElementsOf(files);
        for (String f : files) {
            assertThat(cm.getData().get(f)).as("%s unchanged", f).isEqualTo(Repo.read(DASHBOARDS.resolve(f)));
        }
    }
}

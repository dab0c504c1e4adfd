package com.bantu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestHttp.Resp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query of the Grafana dashboard (deploy/grafana/dashboards/bantu-crm.json) names metrics the running
 * services really expose at {@code /actuator/prometheus}, after a little traffic through the gateway. A panel whose
 * description starts "From &lt;service&gt;[, &lt;service&gt;]:" (the business counters, the event backlog) is held
 * to more: each service it names must itself expose every metric the panel queries.
 */
class DashboardMetricsIT {

    /** Series Prometheus makes itself for every target, never exposed by a service. */
    static final Set<String> PROMETHEUS_SYNTHETIC = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped",
            "scrape_samples_post_metric_relabeling", "scrape_series_added");
    static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "bool",
            "and", "or", "unless", "offset", "inf", "nan");
    static final Pattern FROM = Pattern.compile("^From ([a-z-]+(?:, [a-z-]+)*):");

    static Suite suite;
    static Path root;
    static Map<String, Set<String>> exposed = new LinkedHashMap<>();

    @BeforeAll
    static void scrape() {
        suite = Suite.get();
        root = Path.of(System.getProperty("bantu.repo.root", "..")).toAbsolutePath().normalize();
        TestHttp gw = new TestHttp(suite.gateway());
        Resp login = gw.post("/api/foundation/auth/login", null,
                Map.of("email", "admin@bantu.sbs", "password", Suite.ADMIN_PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String token = login.data().get("token").asText();
        // traffic through each route group, so the request timers and the breakers exist
        assertThat(gw.get("/api/foundation/users", token).status()).isEqualTo(200);
        assertThat(gw.get("/api/service-management/customers", token).status()).isEqualTo(200);
        assertThat(gw.get("/api/business/orders", token).status()).isEqualTo(200);
        assertThat(gw.get("/api/workflow/tasks", token).status()).isEqualTo(200);
        assertThat(gw.get("/api/finance/payments", token).status()).isEqualTo(200);
        for (String service : suite.ports.keySet()) {
            // the suite runs every process without a management port: actuator shares the API port and metrics need
            // an ADMIN token there
            TestHttp http = new TestHttp(service.equals("gateway-service") ? suite.gateway() : suite.direct(service));
            Resp metrics = http.get("/actuator/prometheus", token);
            assertThat(metrics.status()).as("%s /actuator/prometheus", service).isEqualTo(200);
            exposed.put(service, families(metrics.raw()));
        }
    }

    /** Metric names in the Prometheus text format (every sample line, so _bucket/_count/_sum are included). */
    static Set<String> families(String text) {
        Set<String> out = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int end = line.indexOf('{');
                int space = line.indexOf(' ');
                out.add(line.substring(0, end >= 0 && (space < 0 || end < space) ? end : space));
            }
        }
        return out;
    }

    /** The metric names a PromQL expression selects: identifiers outside strings, matchers, ranges and label lists. */
    static Set<String> metricNames(String expr) {
        String s = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?<![\\w.$])[a-zA-Z_:][\\w:]*(\\s*\\()?").matcher(s);
        while (m.find()) {
            String name = m.group().replaceAll("\\s*\\($", "");
            if (m.group(1) == null && !KEYWORDS.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    @Test
    void theMetricNameParserFindsSelectorsOnly() {
        assertThat(metricNames("histogram_quantile(0.99, sum by (application, le) (rate(http_server_requests_seconds_bucket"
                + "{application=~\"$service\", status=~\"5..\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricNames("1 - max by (path) (disk_free_bytes) / on (path) group_left () disk_total_bytes offset 1h > 0.5e1"))
                .containsExactly("disk_free_bytes", "disk_total_bytes");
        assertThat(metricNames("sum(up{job=\"x\"}) or vector(0)")).containsExactly("up");
    }

    @Test
    void everyPanelQueriesMetricsTheServicesExpose() throws Exception {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Files.readString(root.resolve("deploy/grafana/dashboards/bantu-crm.json")));
        Set<String> all = new TreeSet<>(PROMETHEUS_SYNTHETIC);
        exposed.values().forEach(all::addAll);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        int owned = 0;
        for (JsonNode panel : panels(dashboard)) {
            String title = panel.path("title").asString();
            List<String> from = from(panel);
            assertThat(Suite.SERVICES).as("panel %s names services the suite runs", title).containsAll(from);
            owned += from.isEmpty() ? 0 : 1;
            checked++;
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asString();
                Set<String> names = metricNames(expr);
                assertThat(names).as("panel %s query %s names a metric", title, expr).isNotEmpty();
                names.stream().filter(n -> !all.contains(n)).forEach(n -> missing.add(title + ": " + n));
                for (String service : from) {
                    names.stream().filter(n -> !exposed.get(service).contains(n))
                            .forEach(n -> missing.add(title + ": " + n + " not exposed by " + service));
                }
            }
        }
        System.out.printf("DashboardMetricsIT: %d panels checked against %s, %d of them against the services they "
                + "name%n", checked, exposed.keySet(), owned);
        assertThat(checked).isGreaterThan(20);
        assertThat(owned).as("business and event-backlog panels").isGreaterThanOrEqualTo(7);
        assertThat(missing).as("dashboard metrics no running service exposes (services scraped: %s)", exposed.keySet())
                .isEmpty();
    }

    /** The health gauge from common-lib reports the database and Redis of every service that has them. */
    @Test
    void everyServiceReportsItsDependenciesAsHealthGauges() {
        exposed.forEach((service, names) -> assertThat(names).as(service).contains("bantu_health_up"));
        assertThat(exposed.get("foundation-service")).contains("http_server_requests_seconds_bucket", "hikaricp_connections_active");
        assertThat(exposed.get("gateway-service")).contains("spring_cloud_gateway_requests_seconds_bucket",
                "resilience4j_circuitbreaker_state");
    }

    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : dashboard.get("panels")) {
            if ("row".equals(p.path("type").asString())) {
                p.path("panels").forEach(out::add);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static List<String> from(JsonNode panel) {
        Matcher m = FROM.matcher(panel.path("description").asString());
        return m.find() ? List.of(m.group(1).split(", ")) : List.of();
    }
}

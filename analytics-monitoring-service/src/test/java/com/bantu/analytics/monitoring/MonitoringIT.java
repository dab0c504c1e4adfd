package com.bantu.analytics.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.analytics.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MonitoringIT extends IntegrationTestBase {

    private static final String BASE = "/api/analytics-monitoring/monitoring";

    @Test
    void servicesAreProbedInParallelWithAShortTimeout() {
        long started = System.nanoTime();
        Resp r = http.get(BASE + "/health/services", admin());
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.message()).isEqualTo("获取服务健康状态成功");
        // six probes, one of them hangs 5 s: the answer comes after about one timeout (1.5 s), not after their sum
        assertThat(elapsedMs).isLessThan(3_500);

        Map<String, JsonNode> byName = new HashMap<>();
        r.data().get("services").forEach(s -> byName.put(s.get("service_name").asText(), s));
        assertThat(byName).containsOnlyKeys("gateway-service", "foundation-service", "service-management-service",
                "analytics-monitoring-service", "slow-service", "business-service");

        JsonNode foundation = byName.get("foundation-service");
        assertThat(foundation.get("status").asText()).isEqualTo("healthy");
        assertThat(foundation.get("response_time_ms").asDouble()).isPositive();
        assertThat(foundation.get("last_check").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(foundation.get("error_message").isNull()).isTrue();
        assertThat(byName.get("service-management-service").get("status").asText()).isEqualTo("healthy");
        assertThat(byName.get("analytics-monitoring-service").get("status").asText()).isEqualTo("healthy");

        JsonNode gateway = byName.get("gateway-service");
        assertThat(gateway.get("status").asText()).isEqualTo("unhealthy");
        assertThat(gateway.get("error_message").asText()).isEqualTo("connection refused");
        assertThat(gateway.get("response_time_ms").isNull()).isTrue();

        JsonNode slow = byName.get("slow-service");
        assertThat(slow.get("status").asText()).isEqualTo("unhealthy");
        assertThat(slow.get("error_message").asText()).startsWith("timeout");

        assertThat(byName.get("business-service").get("status").asText()).isEqualTo("unknown");
        // 2 of 6 unhealthy (fewer than half) and one unknown
        assertThat(r.data().get("overall_status").asText()).isEqualTo("degraded");
        assertThat(FOUNDATION.hits("/actuator/health")).isEqualTo(1);
    }

    @Test
    void anUnhealthyStatusCodeIsReported() {
        FOUNDATION.status("/actuator/health", 503, "{\"status\":\"DOWN\"}");
        SERVICE_MANAGEMENT.status("/actuator/health", 503, "{\"status\":\"DOWN\"}");
        Resp r = http.get(BASE + "/health/services", admin());
        Map<String, JsonNode> byName = new HashMap<>();
        r.data().get("services").forEach(s -> byName.put(s.get("service_name").asText(), s));
        assertThat(byName.get("foundation-service").get("status").asText()).isEqualTo("unhealthy");
        assertThat(byName.get("foundation-service").get("error_message").asText()).isEqualTo("HTTP 503");
        // gateway, slow, foundation, service-management: 4 of 6 unhealthy
        assertThat(r.data().get("overall_status").asText()).isEqualTo("down");
    }

    @Test
    void databaseHealthOfItsOwnSchema() {
        Resp r = http.get(BASE + "/health/database", admin());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message()).isEqualTo("获取数据库健康状态成功");
        assertThat(r.data().get("status").asText()).isEqualTo("healthy");
        String suffix = System.getenv().getOrDefault("BANTU_TEST_SCHEMA_SUFFIX", "");
        assertThat(r.data().get("database").asText()).isEqualTo("bantu_analytics_test" + suffix);
        assertThat(r.data().get("version").asText()).containsAnyOf("MariaDB", "MySQL");
        assertThat(r.data().get("connection_pool").get("max").asInt()).isEqualTo(10);
        assertThat(r.data().get("connection_pool").has("active")).isTrue();
        assertThat(r.data().get("connection_pool").has("idle")).isTrue();
        assertThat(r.data().get("last_check").asText()).isNotBlank();
    }

    @Test
    void systemMetricsFromTheMetricSource() {
        metrics.set(42.456, 66.664);
        Resp r = http.get(BASE + "/metrics/system", admin());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.message()).isEqualTo("获取系统指标成功");
        JsonNode d = r.data();
        assertThat(d.get("cpu_usage_percent").asDouble()).isEqualTo(42.46);
        assertThat(d.get("memory_usage_percent").asDouble()).isEqualTo(66.66);
        assertThat(d.get("memory_total_mb").asDouble()).isEqualTo(16384.0);
        assertThat(d.get("memory_used_mb").asDouble()).isBetween(10922.0, 10923.0);
        assertThat(d.get("disk_usage_percent").asDouble()).isEqualTo(55.56);
        assertThat(d.get("load_average_1m").asDouble()).isEqualTo(1.23);
        assertThat(d.get("load_average_15m").asDouble()).isEqualTo(0.25);
        assertThat(d.get("uptime_seconds").asLong()).isEqualTo(86_400);
        assertThat(d.get("process_count").asInt()).isEqualTo(321);
        assertThat(d.get("timestamp").asText()).isNotBlank();
    }

    @Test
    void databaseMetricsFromPoolAndServerStatus() {
        Resp first = http.get(BASE + "/metrics/database", admin());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.message()).isEqualTo("获取数据库指标成功");
        JsonNode d = first.data();
        assertThat(d.get("max_connections").asInt()).isEqualTo(10);
        assertThat(d.get("active_connections").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(d.get("idle_connections").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(d.get("server_status_available").asBoolean()).isTrue();
        assertThat(d.get("threads_connected").asLong()).isPositive();
        assertThat(d.get("threads_running").asLong()).isPositive();
        assertThat(d.get("max_server_connections").asLong()).isPositive();
        assertThat(d.get("slow_queries_count").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(d.get("questions_per_second").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(d.get("server_uptime_seconds").asLong()).isPositive();
        Resp second = http.get(BASE + "/metrics/database", admin());
        assertThat(second.data().get("questions_per_second").asDouble()).isPositive();
    }

    @Test
    void monitoringIsForAdminsOnly() {
        List<String> paths = List.of("/health/services", "/health/database", "/metrics/system", "/metrics/database",
                "/alerts/active", "/alerts");
        for (String path : paths) {
            assertThat(http.get(BASE + path, null).status()).as(path).isEqualTo(401);
            for (String role : List.of("SALES", "FINANCE", "OPERATION", "AGENT")) {
                Resp r = http.get(BASE + path, token(role));
                assertThat(r.status()).as(path + " " + role).isEqualTo(403);
                assertThat(r.body().get("code").asInt()).isEqualTo(403);
            }
        }
    }

    @Test
    void publicProbesMetricsAndApiDocs() {
        assertThat(http.get("/health", null).body().get("status").asText()).isEqualTo("healthy");
        assertThat(http.get("/health", null).body().get("service").asText()).isEqualTo("analytics-monitoring-service");
        assertThat(http.get("/actuator/health/liveness", null).body().get("status").asText()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        // API documents are off unless bantu.docs.enabled (the local profile: H2LocalProfileIT)
        assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(404);
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(404);
        assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(http.get("/actuator/env", null).status()).isIn(401, 404);
        Resp unknown = http.get("/api/analytics-monitoring/nothing-here", admin());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asInt()).isEqualTo(404);
    }
}

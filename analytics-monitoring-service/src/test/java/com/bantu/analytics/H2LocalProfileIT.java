package com.bantu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default (README command 1): the same Flyway migrations on H2 in MySQL mode, no Redis, the real
 * OSHI metric source, the scheduled sampler under ShedLock on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=local",
        "spring.datasource.url=jdbc:h2:mem:analytics;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "bantu.jwt.secret=h2-profile-test-secret-0123456789abcdef0123456789",
        "bantu.monitoring.alerts.interval=2s",
        "bantu.monitoring.alerts.initial-delay=0s",
        "bantu.services.foundation.url=http://127.0.0.1:9",
        "logging.level.com.bantu.service-calls=WARN"})
class H2LocalProfileIT {

    @LocalServerPort
    int port;

    @Autowired
    JwtService jwt;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationsShedLockAndOshiWorkOnTheEmbeddedDefault() {
        TestHttp http = TestHttp.local(port);
        String admin = jwt.issueAccess(new JwtService.Subject("00000000-0000-0000-0000-000000000100", "admin",
                "admin@bantu.sbs", List.of("ADMIN"), null)).token();

        // the scheduled sampler ran under ShedLock (database time on H2) and fed the gauges
        long deadline = System.currentTimeMillis() + 15_000;
        Integer locks = 0;
        while (locks == 0 && System.currentTimeMillis() < deadline) {
            locks = jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'alert-sampler'", Integer.class);
            sleep(100);
        }
        assertThat(locks).as("sampler lock row").isEqualTo(1);
        Resp docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.raw()).contains("/api/analytics-monitoring/analytics/customers/summary")
                .contains("/api/analytics-monitoring/monitoring/alerts/{id}/acknowledge");
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", admin).raw())
                .containsPattern("bantu_host_cpu_usage_percent\\{application=\"analytics-monitoring-service\"} \\d")
                .containsPattern("bantu_host_processes\\{application=\"analytics-monitoring-service\"} [1-9]");
        Resp history = http.get("/api/analytics-monitoring/monitoring/alerts", admin);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);

        Resp system = http.get("/api/analytics-monitoring/monitoring/metrics/system", admin);
        assertThat(system.status()).isEqualTo(200);
        JsonNode m = system.data();
        assertThat(m.get("cpu_usage_percent").asDouble()).isBetween(0.0, 100.0);
        assertThat(m.get("memory_usage_percent").asDouble()).isBetween(0.1, 100.0);
        assertThat(m.get("memory_total_mb").asDouble()).isPositive();
        assertThat(m.get("disk_usage_percent").asDouble()).isBetween(0.0, 100.0);
        assertThat(m.get("uptime_seconds").asLong()).isPositive();
        assertThat(m.get("process_count").asInt()).isPositive();
        assertThat(m.get("load_average_1m").asDouble()).isGreaterThanOrEqualTo(0.0);

        Resp db = http.get("/api/analytics-monitoring/monitoring/health/database", admin);
        assertThat(db.data().get("status").asText()).isEqualTo("healthy");
        assertThat(db.data().get("version").asText()).startsWith("H2");
        Resp dbm = http.get("/api/analytics-monitoring/monitoring/metrics/database", admin);
        assertThat(dbm.status()).isEqualTo(200);
        assertThat(dbm.data().get("server_status_available").asBoolean()).isFalse();
        assertThat(dbm.data().get("max_connections").asInt()).isEqualTo(10);

        // no Redis on the embedded default: a source that is down is still a clean 503
        Resp users = http.get("/api/analytics-monitoring/analytics/users/activity", admin);
        assertThat(users.status()).isEqualTo(503);
        assertThat(users.data().get("source").asText()).isEqualTo("foundation-service");

        // system logs on H2 (no FULLTEXT there): this service's own events stored through the local sink, found by
        // the literal LIKE keyword search
        String marker = "h2-logs-" + UUID.randomUUID();
        LoggerFactory.getLogger(H2LocalProfileIT.class).warn("{} 100% done", marker);
        Resp logs = null;
        for (int i = 0; i < 50; i++) {
            logs = http.post("/api/analytics-monitoring/logs/query", admin,
                    Map.of("keyword", marker + " 100%", "levels", List.of("WARNING")));
            if (logs.status() == 200 && logs.data().path("total").asLong() == 1) {
                break;
            }
            sleep(100);
        }
        assertThat(logs.data().get("total").asLong()).as(logs.toString()).isEqualTo(1);
        Resp stats = http.get("/api/analytics-monitoring/logs/statistics", admin);
        assertThat(stats.data().get("by_level").get("WARNING").asLong()).isPositive();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

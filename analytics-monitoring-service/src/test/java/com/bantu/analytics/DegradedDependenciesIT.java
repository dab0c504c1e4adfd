package com.bantu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.analytics.support.Canned;
import com.bantu.common.test.FakeService;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.common.test.TestInfrastructure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A second context whose dependencies are down: Redis on a closed port, service-management on a closed port,
 * no business-service URL. The real MariaDB is still used.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.com.bantu.service-calls=WARN")
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DegradedDependenciesIT {

    private static final String BASE = "/api/analytics-monitoring/analytics";
    private static final FakeService FOUNDATION = FakeService.start();
    private static final int REDIS_PORT = FakeService.closedPort();
    private static final int SERVICE_MANAGEMENT_PORT = FakeService.closedPort();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_analytics_test");
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> REDIS_PORT);
        registry.add("bantu.jwt.secret", () -> "degraded-" + UUID.randomUUID() + UUID.randomUUID());
        registry.add("bantu.services.foundation.url", FOUNDATION::url);
        registry.add("bantu.services.service-management.url", () -> "http://127.0.0.1:" + SERVICE_MANAGEMENT_PORT);
        registry.add("bantu.services.business.url", () -> "");
        registry.add("bantu.services.finance.url", () -> "");
        // try Redis on every request: the warning must still appear once, not per request
        registry.add("bantu.analytics.cache.retry-after", () -> "0s");
        registry.add("bantu.monitoring.alerts.sampler-enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    JwtService jwt;

    TestHttp http;
    String token;

    @BeforeEach
    void setUp() {
        http = TestHttp.local(port);
        FOUNDATION.reset();
        Canned.foundation(FOUNDATION);
        token = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(UUID.randomUUID().toString(), "sales", "s@bantu.test",
                List.of("SALES"), null))).token();
    }

    @Test
    @Order(1)
    void redisUnreachableStillAnswersFromTheSourceQuicklyAndWarnsOnce(CapturedOutput output) {
        // the context's first request pays for class loading and JIT, not for Redis
        assertThat(http.get(BASE + "/organizations/summary", token).status()).isEqualTo(200);
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            Resp r = http.get(BASE + "/users/activity", token);
            latencies.add((System.nanoTime() - started) / 1_000_000);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.data().get("total_users").asLong()).isEqualTo(12);
        }
        assertThat(FOUNDATION.hits("/internal/stats/users")).as("uncached: every call reaches the source")
                .isEqualTo(20);
        Collections.sort(latencies);
        assertThat(latencies.get(latencies.size() - 1)).as("slowest of 20 (ms) " + latencies).isLessThan(1_000);
        assertThat(latencies.get(latencies.size() / 2)).as("median (ms) " + latencies).isLessThan(250);
        String out = output.getAll();
        assertThat(countOf(out, "[AnalyticsCache] Redis unavailable")).as("warned once").isEqualTo(1);
    }

    @Test
    @Order(2)
    void sourceDownIs503NamingTheSourceAndTheBreakerOpens() {
        for (String path : List.of("/customers/summary", "/customers/trend?period=week",
                "/service-records/statistics")) {
            Resp r = http.get(BASE + path, token);
            assertThat(r.status()).as(path).isEqualTo(503);
            assertThat(r.body().get("code").asInt()).isEqualTo(503);
            assertThat(r.message()).isEqualTo("Source service unavailable: service-management-service");
            assertThat(r.data().get("source").asText()).isEqualTo("service-management-service");
        }
        String reason = "";
        for (int i = 0; i < 10 && !reason.startsWith("circuit open"); i++) {
            reason = http.get(BASE + "/customers/summary", token).data().get("reason").asText();
        }
        assertThat(reason).startsWith("circuit open");
        // the other source is unaffected
        assertThat(http.get(BASE + "/organizations/summary", token).status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void ordersAreZerosUntilBusinessServiceExists() {
        Resp summary = http.get(BASE + "/orders/summary?start_date=2025-01-01&end_date=2025-02-01", token);
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.data().get("total").asLong()).isZero();
        assertThat(summary.data().get("by_status").size()).isZero();
        assertThat(summary.data().get("by_service_type").size()).isZero();
        assertThat(summary.data().get("total_revenue").asDouble()).isZero();
        assertThat(summary.data().get("source_available").asBoolean()).isFalse();

        Resp revenue = http.get(BASE + "/orders/revenue", token);
        assertThat(revenue.status()).isEqualTo(200);
        assertThat(revenue.data().get("period").asText()).isEqualTo("month");
        assertThat(revenue.data().get("total").asDouble()).isZero();
        assertThat(revenue.data().get("data").size()).isZero();
        assertThat(revenue.data().get("source_available").asBoolean()).isFalse();
        assertThat(http.get(BASE + "/orders/revenue?period=week", token).data().get("period").asText())
                .isEqualTo("week");

        // parameters are still checked
        assertThat(http.get(BASE + "/orders/revenue?period=year", token).status()).isEqualTo(400);
        assertThat(http.get(BASE + "/orders/summary?start_date=2025-02-01&end_date=2025-01-01", token).fields())
                .containsExactly("end_date");
    }

    private static int countOf(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}

package com.bantu.analytics;

import com.bantu.analytics.support.Canned;
import com.bantu.analytics.support.FakeMetricSource;
import com.bantu.common.test.FakeService;
import com.bantu.analytics.support.TestBeans;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts analytics-monitoring-service on a random port against the real test database and Redis.
 * The other services are real local HTTP servers ({@link FakeService}); mail goes to an in-process GreenMail SMTP
 * server; the sampler reads a {@link FakeMetricSource}. Every test class of this context extends this base, so
 * they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.com.bantu.service-calls=WARN")
@Import(TestBeans.class)
public abstract class IntegrationTestBase {

    protected static final String SECRET = "test-secret-" + UUID.randomUUID() + UUID.randomUUID();
    protected static final FakeService FOUNDATION = FakeService.start();
    protected static final FakeService SERVICE_MANAGEMENT = FakeService.start();
    protected static final FakeService BUSINESS = FakeService.start();
    protected static final FakeService SLOW = FakeService.start();
    protected static final FakeService WEBHOOK = FakeService.start();
    protected static final FakeService FINANCE = FakeService.start();
    /** Receives the audit records of this service's writes (common-lib's AuditFilter → outbox). */
    protected static final com.bantu.common.test.AuditSink AUDIT = com.bantu.common.test.AuditSink.start();
    protected static final int CLOSED_PORT = FakeService.closedPort();
    protected static final GreenMail MAIL = startMail();
    protected static final List<String> RECIPIENTS = List.of("ops@bantu.test", "admin@bantu.test");

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_analytics_test");
        registry.add("bantu.jwt.secret", () -> SECRET);
        // analytics' own log events go to log_entries (LogsIT reads them); the retention job is run by hand
        registry.add("bantu.logs.ship.enabled", () -> "true");
        registry.add("bantu.logs.ship.flush-interval", () -> "200ms");
        registry.add("bantu.logs.retention-enabled", () -> "false");
        registry.add("bantu.services.foundation.url", FOUNDATION::url);
        registry.add("bantu.services.service-management.url", SERVICE_MANAGEMENT::url);
        registry.add("bantu.services.business.url", BUSINESS::url);
        registry.add("bantu.services.finance.url", FINANCE::url);
        AUDIT.register(registry);
        String[][] targets = {
                {"gateway-service", "http://127.0.0.1:" + CLOSED_PORT},
                {"foundation-service", FOUNDATION.url()},
                {"service-management-service", SERVICE_MANAGEMENT.url()},
                {"analytics-monitoring-service", "self"},
                {"slow-service", SLOW.url()},
                {"business-service", ""}};
        for (int i = 0; i < targets.length; i++) {
            String[] t = targets[i];
            registry.add("bantu.monitoring.health.services[" + i + "].name", () -> t[0]);
            registry.add("bantu.monitoring.health.services[" + i + "].url", () -> t[1]);
        }
        registry.add("bantu.monitoring.health.timeout", () -> "1500ms");
        registry.add("bantu.monitoring.alerts.sampler-enabled", () -> "false");
        registry.add("bantu.monitoring.alerts.lock-at-least-for", () -> "0s");
        registry.add("bantu.monitoring.alerts.mail.enabled", () -> "true");
        registry.add("bantu.monitoring.alerts.mail.from", () -> "monitoring@bantu.test");
        registry.add("bantu.monitoring.alerts.mail.recipients", () -> String.join(",", RECIPIENTS));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("bantu.monitoring.alerts.webhook.enabled", () -> "true");
        registry.add("bantu.monitoring.alerts.webhook.url", () -> WEBHOOK.url() + "/hooks/alerts");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JwtService jwt;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected FakeMetricSource metrics;

    protected TestHttp http;

    @BeforeEach
    void baseReset() {
        http = TestHttp.local(port);
        FOUNDATION.reset();
        SERVICE_MANAGEMENT.reset();
        BUSINESS.reset();
        FINANCE.reset();
        SLOW.reset();
        WEBHOOK.reset();
        Canned.foundation(FOUNDATION);
        Canned.serviceManagement(SERVICE_MANAGEMENT);
        Canned.business(BUSINESS);
        Canned.finance(FINANCE);
        SLOW.route("/actuator/health", q -> new FakeService.Response(200, "{\"status\":\"UP\"}", 5_000));
        WEBHOOK.status("/hooks/alerts", 204, null);
        metrics.reset();
        flushAnalyticsKeys();
    }

    /**
     * Deletes the analytics keys. Retries a failed connection (up to 5 tries): on a loaded machine Lettuce's first
     * connection of a test class can outlast its 500 ms initialization timeout, which is the test set-up's problem,
     * not the behaviour under test (the service's own Redis outage handling has tests of its own).
     */
    protected void flushAnalyticsKeys() {
        for (int attempt = 1; ; attempt++) {
            try {
                Set<String> keys = redis.keys("analytics:*");
                if (keys != null && !keys.isEmpty()) {
                    redis.delete(keys);
                }
                return;
            } catch (RedisConnectionFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                sleep(200L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected String token(String... roles) {
        return tokenFor(UUID.randomUUID().toString(), roles);
    }

    protected String tokenFor(String userId, String... roles) {
        return jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(userId, "user-" + userId.substring(0, 8),
                userId.substring(0, 8) + "@bantu.test", List.of(roles), null))).token();
    }

    protected String admin() {
        return token("ADMIN");
    }
}

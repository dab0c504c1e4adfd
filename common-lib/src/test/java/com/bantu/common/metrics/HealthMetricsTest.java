package com.bantu.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

class HealthMetricsTest {

    private final Map<String, Status> statuses = new HashMap<>();
    private final AtomicInteger checks = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private Status health(String component) {
        checks.incrementAndGet();
        if (component.equals("broken")) {
            throw new IllegalStateException("health check failed");
        }
        return statuses.get(component);
    }

    private double gauge(String component) {
        return registry.get(HealthMetrics.METRIC).tag("component", component).gauge().value();
    }

    @Test
    void reportsOneWhileUpZeroOtherwiseAndSkipsAbsentComponents() {
        statuses.put("db", Status.UP);
        statuses.put("redis", Status.DOWN);
        statuses.put("readiness", Status.OUT_OF_SERVICE);
        new HealthMetrics(statuses::containsKey, this::health, List.of("db", "redis", "readiness", "mail"),
                Duration.ofSeconds(5), clock).bindTo(registry);
        assertThat(gauge("db")).isEqualTo(1.0);
        assertThat(gauge("redis")).isEqualTo(0.0);
        assertThat(gauge("readiness")).isEqualTo(0.0);
        assertThat(registry.find(HealthMetrics.METRIC).tag("component", "mail").gauge()).as("absent component").isNull();
    }

    @Test
    void checksAtMostOncePerCachePeriodAndNeverReportsTheStatusSeenAtStartUp() {
        statuses.put("readiness", Status.OUT_OF_SERVICE);
        new HealthMetrics(statuses::containsKey, this::health, List.of("readiness"), Duration.ofSeconds(5), clock)
                .bindTo(registry);
        int afterBind = checks.get();
        assertThat(afterBind).as("binding runs no health check").isZero();
        statuses.put("readiness", Status.UP);
        assertThat(gauge("readiness")).as("the first scrape checks again: start-up is over").isEqualTo(1.0);
        statuses.put("readiness", Status.DOWN);
        clock.advance(Duration.ofSeconds(4));
        assertThat(gauge("readiness")).as("cached").isEqualTo(1.0);
        assertThat(checks.get()).isEqualTo(afterBind + 1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(gauge("readiness")).as("re-checked after the cache period").isEqualTo(0.0);
        assertThat(gauge("readiness")).isEqualTo(0.0);
        assertThat(checks.get()).isEqualTo(afterBind + 2);
    }

    @Test
    void aFailingCheckCountsAsDown() {
        statuses.put("db", Status.UP);
        Map<String, Boolean> fail = new HashMap<>();
        new HealthMetrics(statuses::containsKey, c -> fail.containsKey(c) ? health("broken") : health(c), List.of("db"),
                Duration.ZERO, clock).bindTo(registry);
        assertThat(gauge("db")).isEqualTo(1.0);
        fail.put("db", true);
        clock.advance(Duration.ofMillis(1));
        assertThat(gauge("db")).isEqualTo(0.0);
    }

    @Test
    void histogramDefaultsComeLastSoServicesCanOverrideThem() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MockPropertySource()
                .withProperty("management.metrics.distribution.maximum-expected-value.http.server.requests", "10s"));
        new MetricsDefaults().postProcessEnvironment(env, new SpringApplication());
        new MetricsDefaults().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getPropertySources().stream().filter(s -> s.getName().equals(MetricsDefaults.SOURCE))).hasSize(1);
        assertThat(env.getPropertySources().stream().reduce((a, b) -> b).orElseThrow().getName()).isEqualTo(MetricsDefaults.SOURCE);
        assertThat(env.getProperty("management.metrics.distribution.percentiles-histogram.http.server.requests")).isEqualTo("true");
        assertThat(env.getProperty("management.metrics.distribution.percentiles-histogram.spring.cloud.gateway.requests")).isEqualTo("true");
        assertThat(env.getProperty("management.metrics.distribution.maximum-expected-value.http.server.requests")).isEqualTo("10s");
    }

    /** A clock the test moves by hand (also used by {@link BacklogGaugesTest}). */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

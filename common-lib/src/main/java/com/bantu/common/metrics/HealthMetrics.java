package com.bantu.common.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.boot.health.contributor.Status;

/**
 * Health as a metric: {@code bantu_health_up{component="db"|"redis"|"readiness"}} is 1 while the component's
 * health is UP and 0 otherwise, so Prometheus can alert on a database or Redis the service cannot reach (the
 * probes only tell the orchestrator). A component the service does not have (the gateway has no {@code db}) gets
 * no series ({@code exists} answers false for it; it is asked without running any check, so binding costs no I/O at
 * start-up). Each status is computed at most once per {@code cacheFor}, at scrape time, through the health endpoint
 * (the same checks and timeouts as {@code /actuator/health}).
 */
public class HealthMetrics implements MeterBinder {

    public static final String METRIC = "bantu.health.up";

    private final Predicate<String> exists;
    private final Function<String, Status> health;
    private final List<String> components;
    private final Duration cacheFor;
    private final Clock clock;

    public HealthMetrics(Predicate<String> exists, Function<String, Status> health, List<String> components,
                         Duration cacheFor, Clock clock) {
        this.exists = exists;
        this.health = health;
        this.components = List.copyOf(components);
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String component : components) {
            // the status itself is first computed at the first scrape: at bind time the application is still
            // starting (readiness refuses traffic until it is ready, connections may not be open yet)
            if (!exists.test(component)) {
                continue;
            }
            Cached cached = new Cached(component);
            Gauge.builder(METRIC, cached, Cached::get)
                    .tag("component", component)
                    .description("1 while the health component is UP, 0 otherwise")
                    .strongReference(true)
                    .register(registry);
        }
    }

    private static double value(Status s) {
        return Status.UP.equals(s) ? 1 : 0;
    }

    private final class Cached {
        private final String component;
        private volatile double value;
        private volatile long at;
        private volatile boolean computed;

        Cached(String component) {
            this.component = component;
        }

        double get() {
            long now = clock.millis();
            if (!computed || now - at >= cacheFor.toMillis()) {
                double v;
                try {
                    v = value(health.apply(component));
                } catch (RuntimeException e) {
                    v = 0;
                }
                value = v;
                at = now;
                computed = true;
            }
            return value;
        }
    }
}

package com.bantu.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BacklogGaugesTest {

    private final HealthMetricsTest.MutableClock clock = new HealthMetricsTest.MutableClock();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<BacklogGauges.Backlog> current = new AtomicReference<>(
            new BacklogGauges.Backlog(0, null));
    private final BacklogGauges gauges = new BacklogGauges(() -> {
        reads.incrementAndGet();
        return current.get();
    }, Duration.ofSeconds(5), clock);

    @Test
    void bothGaugesComeFromOneReadPerCachePeriod() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        gauges.bindTo(registry, "test.waiting", "waiting", "test.waiting.oldest", "seconds", "age");
        assertThat(reads.get()).as("binding reads nothing").isZero();

        current.set(new BacklogGauges.Backlog(3, clock.instant().minusSeconds(90)));
        assertThat(registry.get("test.waiting").gauge().value()).isEqualTo(3.0);
        assertThat(registry.get("test.waiting.oldest").gauge().value()).isEqualTo(90.0);
        assertThat(registry.get("test.waiting.oldest").gauge().getId().getBaseUnit()).isEqualTo("seconds");
        assertThat(reads.get()).as("one read for both gauges").isEqualTo(1);

        current.set(new BacklogGauges.Backlog(0, null));
        clock.advance(Duration.ofSeconds(5));
        assertThat(gauges.count()).as("still cached at exactly the period").isEqualTo(3);
        assertThat(gauges.oldestAgeSeconds()).as("the age still moves with the clock").isEqualTo(95.0);
        clock.advance(Duration.ofMillis(1));
        assertThat(gauges.count()).isZero();
        assertThat(gauges.oldestAgeSeconds()).as("0 when nothing waits").isZero();
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void refreshDropsTheCacheAndAnOldestInTheFutureIsZero() {
        current.set(new BacklogGauges.Backlog(1, clock.instant().plusSeconds(30)));
        assertThat(gauges.oldestAgeSeconds()).as("clock skew between replicas never gives a negative age").isZero();
        current.set(new BacklogGauges.Backlog(7, Instant.parse("2025-12-31T23:59:00Z")));
        assertThat(gauges.count()).isEqualTo(1);
        gauges.refresh();
        assertThat(gauges.count()).isEqualTo(7);
        assertThat(gauges.oldestAgeSeconds()).isEqualTo(60.0);
    }
}

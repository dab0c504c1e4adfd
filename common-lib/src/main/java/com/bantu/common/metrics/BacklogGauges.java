package com.bantu.common.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A backlog as two gauges: how many things are waiting, and how long the oldest has waited (seconds, 0 when none).
 * Both come from one read of the source (typically a database count and minimum), taken at most once per
 * {@code cacheFor} whatever the number of scrapes, so several Prometheus servers or a dashboard refreshing often do
 * not each hit the database. Used by the events outbox gauges ({@code EventMetrics}) and workflow's open reviews.
 */
public final class BacklogGauges {

    /** One read of the backlog: the number waiting and the time the oldest started waiting (null when none). */
    public record Backlog(long count, Instant oldest) {
    }

    private record Snapshot(Backlog backlog, Instant takenAt) {
    }

    private final Supplier<Backlog> source;
    private final Duration cacheFor;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public BacklogGauges(Supplier<Backlog> source, Duration cacheFor, Clock clock) {
        this.source = source;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    /**
     * Registers {@code countName} and {@code ageName}; {@code ageUnit} is the age gauge's base unit (null when the
     * name already ends in it), so existing Prometheus names stay as they are.
     */
    public void bindTo(MeterRegistry registry, String countName, String countDescription, String ageName,
                       String ageUnit, String ageDescription) {
        Gauge.builder(countName, this, BacklogGauges::count).description(countDescription).register(registry);
        Gauge.Builder<BacklogGauges> age = Gauge.builder(ageName, this, BacklogGauges::oldestAgeSeconds)
                .description(ageDescription);
        if (ageUnit != null) {
            age.baseUnit(ageUnit);
        }
        age.register(registry);
    }

    public long count() {
        return current().count();
    }

    public double oldestAgeSeconds() {
        Instant oldest = current().oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** Drops the cached figures: the next read goes to the source (tests, and after a change worth showing). */
    public void refresh() {
        snapshot = null;
    }

    private Backlog current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.takenAt().plus(cacheFor).isBefore(now)) {
            s = new Snapshot(source.get(), now);
            snapshot = s;
        }
        return s.backlog();
    }
}

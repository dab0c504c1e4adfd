package com.bantu.common.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gauges of a producer's outbox: {@code bantu.events.incomplete} (deliveries not yet acknowledged) and
 * {@code bantu.events.oldest.incomplete.seconds} (age of the oldest), exported to Prometheus as
 * {@code bantu_events_incomplete} and {@code bantu_events_oldest_incomplete_seconds}. One small indexed query,
 * cached for two seconds so several scrapes do not each hit the database.
 */
public class EventMetrics implements MeterBinder {

    private static final Duration CACHE = Duration.ofSeconds(2);

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    private record Snapshot(long count, Instant oldest, Instant takenAt) {
    }

    public EventMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("bantu.events.incomplete", this, m -> m.current().count())
                .description("Outbox deliveries not yet acknowledged by their consumer")
                .register(registry);
        Gauge.builder("bantu.events.oldest.incomplete.seconds", this, EventMetrics::oldestAgeSeconds)
                .description("Age of the oldest unacknowledged outbox delivery (0 when none)")
                .register(registry);
    }

    public long incomplete() {
        return current().count();
    }

    public double oldestAgeSeconds() {
        Instant oldest = current().oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }

    /** Drops the cached figures (tests, and after a resubmission round). */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = Instant.now();
        if (s == null || s.takenAt().plus(CACHE).isBefore(now)) {
            s = jdbc.queryForObject("SELECT COUNT(*), MIN(PUBLICATION_DATE) FROM EVENT_PUBLICATION"
                    + " WHERE COMPLETION_DATE IS NULL", (rs, i) -> {
                        Timestamp min = rs.getTimestamp(2);
                        return new Snapshot(rs.getLong(1), min == null ? null : min.toInstant(), now);
                    });
            snapshot = s;
        }
        return s;
    }
}

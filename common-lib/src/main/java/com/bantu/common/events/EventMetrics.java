package com.bantu.common.events;

import com.bantu.common.metrics.BacklogGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gauges of a producer's outbox: {@code bantu.events.incomplete} (deliveries not yet acknowledged) and
 * {@code bantu.events.oldest.incomplete.seconds} (age of the oldest), exported to Prometheus as
 * {@code bantu_events_incomplete} and {@code bantu_events_oldest_incomplete_seconds}. One small indexed query,
 * cached for two seconds so several scrapes do not each hit the database ({@link BacklogGauges}).
 */
public class EventMetrics implements MeterBinder {

    private static final Duration CACHE = Duration.ofSeconds(2);

    private final BacklogGauges backlog;

    public EventMetrics(JdbcTemplate jdbc) {
        this.backlog = new BacklogGauges(() -> jdbc.queryForObject("SELECT COUNT(*), MIN(PUBLICATION_DATE)"
                + " FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", (rs, i) -> {
                    Timestamp min = rs.getTimestamp(2);
                    return new BacklogGauges.Backlog(rs.getLong(1), min == null ? null : min.toInstant());
                }), CACHE, Clock.systemUTC());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        backlog.bindTo(registry, "bantu.events.incomplete", "Outbox deliveries not yet acknowledged by their consumer",
                "bantu.events.oldest.incomplete.seconds", null,
                "Age of the oldest unacknowledged outbox delivery (0 when none)");
    }

    public long incomplete() {
        return backlog.count();
    }

    public double oldestAgeSeconds() {
        return backlog.oldestAgeSeconds();
    }

    /** Drops the cached figures (tests, and after a resubmission round). */
    public void refresh() {
        backlog.refresh();
    }
}

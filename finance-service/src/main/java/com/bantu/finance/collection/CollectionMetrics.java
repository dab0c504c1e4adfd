package com.bantu.finance.collection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code bantu.collection.tasks.overdue} (Prometheus {@code bantu_collection_tasks_overdue}): open collection tasks
 * (pending or in progress) whose due date is before today. Counted in the database, so every replica reports the
 * same figure; one count on the {@code (status, due_date)} index, taken at most once per {@link #CACHE}.
 */
@Component
public class CollectionMetrics implements MeterBinder {

    static final Duration CACHE = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    private record Snapshot(long overdue, Instant takenAt) {
    }

    public CollectionMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("bantu.collection.tasks.overdue", this, CollectionMetrics::overdue)
                .description("Open collection tasks past their due date")
                .register(registry);
    }

    public long overdue() {
        Snapshot s = snapshot;
        Instant now = Instant.now();
        if (s == null || s.takenAt().plus(CACHE).isBefore(now)) {
            Long n = jdbc.queryForObject("SELECT COUNT(*) FROM collection_tasks WHERE status IN ('pending', 'in_progress')"
                    + " AND due_date < ?", Long.class, LocalDate.now());
            s = new Snapshot(n == null ? 0 : n, now);
            snapshot = s;
        }
        return s.overdue();
    }

    /** Drops the cached figure (tests). */
    public void refresh() {
        snapshot = null;
    }
}

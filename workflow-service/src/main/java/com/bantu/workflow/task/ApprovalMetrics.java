package com.bantu.workflow.task;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The business gauges of this service, read from the engine's open review tasks (every user task of this service is
 * a review): {@code bantu.approvals.pending} (reviews waiting for a decision, claimed or not, Prometheus
 * {@code bantu_approvals_pending}) and {@code bantu.approvals.pending.oldest} (age of the oldest in seconds, 0 when
 * none, Prometheus {@code bantu_approvals_pending_oldest_seconds}). Both come from the database, so every replica
 * reports the same figures. Two small queries on the engine's runtime task table (a count, and the first row by
 * creation time), taken at most once per {@link #CACHE} whatever the number of scrapes.
 */
@Component
public class ApprovalMetrics implements MeterBinder {

    static final Duration CACHE = Duration.ofSeconds(5);

    private final TaskService tasks;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(long pending, Instant oldest, Instant takenAt) {
    }

    public ApprovalMetrics(TaskService tasks) {
        this.tasks = tasks;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("bantu.approvals.pending", this, m -> m.current().pending())
                .description("Approval reviews waiting for a decision")
                .register(registry);
        Gauge.builder("bantu.approvals.pending.oldest", this, ApprovalMetrics::oldestAgeSeconds)
                .baseUnit("seconds")
                .description("Age of the oldest approval review waiting for a decision (0 when none)")
                .register(registry);
    }

    public long pending() {
        return current().pending();
    }

    public double oldestAgeSeconds() {
        Instant oldest = current().oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** Drops the cached figures (tests). */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.takenAt().plus(CACHE).isBefore(now)) {
            long pending = tasks.createTaskQuery().count();
            List<Task> first = pending == 0 ? List.of()
                    : tasks.createTaskQuery().orderByTaskCreateTime().asc().listPage(0, 1);
            s = new Snapshot(pending, first.isEmpty() ? null : first.get(0).getCreateTime().toInstant(), now);
            snapshot = s;
        }
        return s;
    }
}

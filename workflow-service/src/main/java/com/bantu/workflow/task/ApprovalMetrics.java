package com.bantu.workflow.task;

import com.bantu.common.metrics.BacklogGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
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
 * creation time), taken at most once per {@link #CACHE} whatever the number of scrapes (common-lib's
 * {@link BacklogGauges}).
 */
@Component
public class ApprovalMetrics implements MeterBinder {

    static final Duration CACHE = Duration.ofSeconds(5);

    private final BacklogGauges backlog;

    public ApprovalMetrics(TaskService tasks) {
        this.backlog = new BacklogGauges(() -> {
            long pending = tasks.createTaskQuery().count();
            List<Task> first = pending == 0 ? List.of()
                    : tasks.createTaskQuery().orderByTaskCreateTime().asc().listPage(0, 1);
            return new BacklogGauges.Backlog(pending, first.isEmpty() ? null
                    : first.get(0).getCreateTime().toInstant());
        }, CACHE, Clock.systemUTC());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        backlog.bindTo(registry, "bantu.approvals.pending", "Approval reviews waiting for a decision",
                "bantu.approvals.pending.oldest", "seconds",
                "Age of the oldest approval review waiting for a decision (0 when none)");
    }

    public long pending() {
        return backlog.count();
    }

    public double oldestAgeSeconds() {
        return backlog.oldestAgeSeconds();
    }

    /** Drops the cached figures (tests). */
    public void refresh() {
        backlog.refresh();
    }
}

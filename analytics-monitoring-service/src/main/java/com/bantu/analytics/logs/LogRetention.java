package com.bantu.analytics.logs;

import com.bantu.analytics.config.LogsProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes log entries older than {@code bantu.logs.retention-days} in batches of {@code retention-batch} rows, one
 * replica at a time (ShedLock lock {@value #LOCK_NAME} on the service's {@code shedlock} table).
 */
@Component
public class LogRetention {

    static final String LOCK_NAME = "log-retention";
    private static final Logger log = LoggerFactory.getLogger(LogRetention.class);

    private final LogStore store;
    private final LogsProperties props;
    private final LockingTaskExecutor locks;

    public LogRetention(LogStore store, LogsProperties props, LockingTaskExecutor locks) {
        this.store = store;
        this.props = props;
        this.locks = locks;
    }

    /** One run under the lock; -1 when another replica holds it. */
    public long runLocked() {
        Duration atMost = props.retentionInterval().compareTo(Duration.ofMinutes(1)) > 0
                ? props.retentionInterval().minusSeconds(30) : props.retentionInterval();
        try {
            LockingTaskExecutor.TaskResult<Long> result = locks.executeWithLock(
                    (LockingTaskExecutor.TaskWithResult<Long>) this::purge,
                    new LockConfiguration(Instant.now(), LOCK_NAME, atMost, Duration.ZERO));
            return result.wasExecuted() ? result.getResult() : -1;
        } catch (Throwable e) {
            log.warn("[LogRetention] purge - failure: {}", e.getClass().getSimpleName() + ": " + e.getMessage());
            return -1;
        }
    }

    /** Deletes everything older than the retention window, batch by batch; returns how many rows went. */
    public long purge() {
        LocalDateTime cutoff = LocalDateTime.now().minusDays(props.retentionDays());
        int batch = Math.max(1, props.retentionBatch());
        long total = 0;
        int n;
        do {
            n = store.deleteOlderThan(cutoff, batch);
            total += n;
        } while (n == batch);
        if (total > 0) {
            log.info("[LogRetention] purge - deleted {} entries older than {}", total, cutoff);
        }
        return total;
    }
}

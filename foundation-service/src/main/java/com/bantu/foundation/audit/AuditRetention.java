package com.bantu.foundation.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes audit records older than {@code bantu.audit.retention-days} (365) once a day
 * ({@code bantu.audit.retention-cron}, 03:30), on one replica at a time (ShedLock lock
 * {@value #LOCK} in the {@code shedlock} table, through common-lib's ShedLock executor). The only deletion of audit
 * records there is.
 */
@Component
@EnableScheduling
public class AuditRetention {

    static final String LOCK = "bantu-audit-retention";
    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditLogService logs;
    private final LockingTaskExecutor locks;
    private final int retentionDays;

    public AuditRetention(AuditLogService logs, LockingTaskExecutor locks,
                          @Value("${bantu.audit.retention-days:365}") int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalStateException("bantu.audit.retention-days must be at least 1, got " + retentionDays);
        }
        this.logs = logs;
        this.retentionDays = retentionDays;
        this.locks = locks;
    }

    @Scheduled(cron = "${bantu.audit.retention-cron:0 30 3 * * *}")
    public void scheduled() {
        run();
    }

    /** One round; returns the rows deleted (0 when another replica holds the lock). */
    public int run() {
        int[] deleted = {0};
        locks.executeWithLock((Runnable) () -> {
            LocalDateTime cutoff = LocalDateTime.now().minusDays(retentionDays);
            deleted[0] = logs.deleteCreatedBefore(cutoff);
            if (deleted[0] > 0) {
                log.info("[AuditRetention] {} audit records older than {} days deleted", deleted[0], retentionDays);
            }
        }, new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(30), Duration.ZERO));
        return deleted[0];
    }
}

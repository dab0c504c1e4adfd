package com.bantu.common.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Retries failed deliveries. Every {@code bantu.events.retry.interval} (and once at start-up, ignoring the back-off)
 * one replica — a ShedLock lock in the {@code shedlock} table — first marks deliveries that were left half-way
 * (status PUBLISHED/PROCESSING/RESUBMITTED for longer than {@code stale-after}: the JVM died during the call, or
 * it is still waiting in a slow consumer's queue: a repeat is harmless, consumers being idempotent) as FAILED, then
 * hands the FAILED ones whose back-off has passed back to Spring Modulith, which runs {@link EventDelivery} for them
 * again (on the pool of their consumer). The back-off doubles per attempt
 * ({@code COMPLETION_ATTEMPTS}), from {@code initial-backoff} up to {@code max-backoff}.
 */
public class EventResubmission implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);
    static final String LOCK = "bantu-events-resubmission";
    /** Stale deliveries marked per round at most (the next round takes the rest). */
    static final int STALE_BATCH = 500;

    private final IncompleteEventPublications publications;
    private final LockingTaskExecutor locks;
    private final JdbcTemplate jdbc;
    private final EventsProperties.Retry retry;
    private ScheduledExecutorService scheduler;

    public EventResubmission(IncompleteEventPublications publications, LockingTaskExecutor locks, JdbcTemplate jdbc,
                             EventsProperties.Retry retry) {
        this.publications = publications;
        this.locks = locks;
        this.jdbc = jdbc;
        this.retry = retry;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bantu-events-resubmission");
            t.setDaemon(true);
            return t;
        });
        long interval = retry.interval().toMillis();
        if (retry.onStartup()) {
            scheduler.execute(() -> runSafely(true));
        }
        scheduler.scheduleWithFixedDelay(() -> runSafely(false), interval, interval, TimeUnit.MILLISECONDS);
    }

    private void runSafely(boolean startup) {
        try {
            run(startup);
        } catch (RuntimeException e) {
            log.warn("[EventResubmission] run failed: {}", e.toString());
        }
    }

    /**
     * One resubmission round under the lock; {@code ignoreBackoff} resubmits every failed delivery (start-up).
     * Deliveries run asynchronously: this returns once they are handed to their consumers' pools.
     */
    public void run(boolean ignoreBackoff) {
        Duration lockAtMost = retry.interval().multipliedBy(6).plusMinutes(1);
        Duration lockAtLeast = retry.interval().dividedBy(2);
        locks.executeWithLock((Runnable) () -> resubmit(ignoreBackoff),
                new LockConfiguration(Instant.now(), LOCK, lockAtMost, lockAtLeast));
    }

    private void resubmit(boolean ignoreBackoff) {
        Instant now = Instant.now();
        int stale = markStaleFailed(Timestamp.from(now.minus(retry.staleAfter())));
        if (stale > 0) {
            log.warn("[EventResubmission] {} deliveries left unfinished for over {} marked failed", stale,
                    retry.staleAfter());
        }
        Predicate<EventPublication> due = ignoreBackoff ? p -> true : p -> isDue(p, now);
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withBatchSize(retry.batchSize())
                .withFilter(due));
    }

    /**
     * Marks the deliveries left half-way before {@code before} as FAILED: their ids are read first (a plain read,
     * no locks), then updated by primary key, the conditions checked again. One UPDATE with the conditions alone
     * would scan the table with locking reads, which under MariaDB's REPEATABLE READ lock the gaps between the rows
     * too, and every write publishing an event at that moment inserts into those gaps: seen as deadlocks that failed
     * 4 of 11 300 order creates in two and a half minutes of bench/orders.sh.
     */
    public int markStaleFailed(Timestamp before) {
        List<Object> ids = jdbc.queryForList("SELECT ID FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL"
                + " AND STATUS IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')"
                + " AND COALESCE(LAST_RESUBMISSION_DATE, PUBLICATION_DATE) < ? ORDER BY PUBLICATION_DATE LIMIT ?",
                Object.class, before, STALE_BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Object[] args = ids.toArray(new Object[ids.size() + 1]);
        args[ids.size()] = before;
        return jdbc.update("UPDATE EVENT_PUBLICATION SET STATUS = 'FAILED' WHERE ID IN (" + marks + ")"
                + " AND COMPLETION_DATE IS NULL AND STATUS IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')"
                + " AND COALESCE(LAST_RESUBMISSION_DATE, PUBLICATION_DATE) < ?", args);
    }

    /** Due when the back-off for its attempt count has passed since its last (re)submission. */
    boolean isDue(EventPublication p, Instant now) {
        Instant last = p.getLastResubmissionDate() != null ? p.getLastResubmissionDate() : p.getPublicationDate();
        return !last.plus(backoff(p.getCompletionAttempts())).isAfter(now);
    }

    /** initial × 2^(attempts-1), capped; attempts counts the first delivery too. */
    Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration d = retry.initialBackoff().multipliedBy(1L << doublings);
        return d.compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : d;
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}

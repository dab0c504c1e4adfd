package com.bantu.common.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * "Failed → skip for N s → warn once → info on recovery" for an optional dependency that has an in-process fallback
 * (Redis behind the gateway's rate limiter and revocation check, the analytics cache, the services' revocation
 * store). After a failure {@link #shouldTry()} answers false for {@code skipFor}, so requests use the fallback at
 * once instead of waiting for the dependency's timeout; one WARN is logged per outage (not per request), and one
 * INFO when the dependency answers again. Thread-safe and lock-free.
 *
 * <pre>{@code
 * if (backoff.shouldTry()) {
 *     try { value = redis.get(key); backoff.succeeded(); }
 *     catch (RuntimeException e) { backoff.failed(e); }
 * }
 * }</pre>
 */
public final class Backoff {

    private final String what;
    private final long skipNanos;
    private final Logger log;
    private final LongSupplier nanoTime;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long retryAt;

    /**
     * @param what     the dependency as it should appear in the log, e.g. {@code "Redis (login rate limiter)"}
     * @param skipFor  how long to leave it alone after a failure ({@code 0s}: try on every call, still warn once)
     * @param log      the logger of the component that owns the fallback
     * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime}; tests pass their own)
     */
    public Backoff(String what, Duration skipFor, Logger log, LongSupplier nanoTime) {
        this.what = what;
        this.skipNanos = skipFor.toNanos();
        this.log = log;
        this.nanoTime = nanoTime;
    }

    public Backoff(String what, Duration skipFor, Logger log) {
        this(what, skipFor, log, System::nanoTime);
    }

    /** False while a recent failure says the dependency is down (use the fallback without asking it). */
    public boolean shouldTry() {
        return !down.get() || nanoTime.getAsLong() - retryAt >= 0;
    }

    /** The dependency failed: leave it alone for the skip time; the first failure of an outage logs one WARN. */
    public void failed(Throwable error) {
        retryAt = nanoTime.getAsLong() + skipNanos;
        if (down.compareAndSet(false, true)) {
            log.warn("{} unavailable, using the fallback and retrying every {} ms until it answers: {}", what,
                    skipNanos / 1_000_000, error == null ? "no answer" : error.toString());
        }
    }

    /** The dependency answered: the first success after an outage logs one INFO. */
    public void succeeded() {
        if (down.get() && down.compareAndSet(true, false)) {
            log.info("{} available again", what);
        }
    }

    /** True between a failure and the next success. */
    public boolean isDown() {
        return down.get();
    }

    public Duration skipFor() {
        return Duration.ofNanos(skipNanos);
    }
}

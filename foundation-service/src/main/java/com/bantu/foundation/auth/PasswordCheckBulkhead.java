package com.bantu.foundation.auth;

import com.bantu.common.error.ApiException;
import com.bantu.common.error.ErrorKey;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds how many logins (each one bcrypt check, about 65 ms of one core) run at once, so a flood of logins from
 * many clients cannot take every core from the rest of the suite. A login beyond the bound waits its turn (in
 * arrival order, without holding a database connection: the permit is taken before the login's transaction) for
 * at most {@code bantu.auth.password-checks.max-wait}, then gets 503.
 *
 * <p>{@code bantu.auth.password-checks.concurrency}: permits; {@code 0} (the default) = half the cores the JVM
 * sees, at least one, which leaves the other half to every other request on a shared host.
 */
@Component
public class PasswordCheckBulkhead {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheckBulkhead.class);

    private final Semaphore permits;
    private final int size;
    private final long maxWaitNanos;

    public PasswordCheckBulkhead(@Value("${bantu.auth.password-checks.concurrency:0}") int concurrency,
                                 @Value("${bantu.auth.password-checks.max-wait:5s}") Duration maxWait) {
        this.size = concurrency > 0 ? concurrency : defaultSize(Runtime.getRuntime().availableProcessors());
        this.permits = new Semaphore(size, true);
        this.maxWaitNanos = maxWait.toNanos();
        log.info("password checks: at most {} at once, waiting at most {} ms for a turn", size, maxWait.toMillis());
    }

    static int defaultSize(int cores) {
        return Math.max(1, cores / 2);
    }

    public int size() {
        return size;
    }

    /** Runs {@code check} holding a permit; 503 ({@link ErrorKey#UNAVAILABLE}) when none frees up in time. */
    public <T> T run(Supplier<T> check) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorKey.UNAVAILABLE);
        }
        if (!acquired) {
            log.warn("login refused: {} password checks already running and none finished within {} ms", size,
                    TimeUnit.NANOSECONDS.toMillis(maxWaitNanos));
            throw new ApiException(ErrorKey.UNAVAILABLE);
        }
        try {
            return check.get();
        } finally {
            permits.release();
        }
    }
}

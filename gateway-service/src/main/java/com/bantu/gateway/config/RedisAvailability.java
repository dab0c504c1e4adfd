package com.bantu.gateway.config;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Remembers that Redis just failed, so the gateway stops asking it for a short while (its in-process
 * fallbacks answer instead) and logs one warning per outage instead of one per request.
 */
@Component
public class RedisAvailability {

    private static final Logger log = LoggerFactory.getLogger(RedisAvailability.class);

    private final long retryAfterNanos;
    private final AtomicLong downUntil = new AtomicLong(0);
    private final AtomicBoolean down = new AtomicBoolean();

    @Autowired
    public RedisAvailability(GatewaySettings settings, Environment env) {
        this(settings.loginRateLimit().redisRetryAfter());
        String host;
        try {
            host = env.getProperty("spring.data.redis.host");
        } catch (IllegalArgumentException unresolvable) {
            host = null;
        }
        RequiredSettings.require("SPRING_DATA_REDIS_HOST", host);
    }

    public RedisAvailability(Duration retryAfter) {
        this.retryAfterNanos = retryAfter.toNanos();
    }

    /** False while a recent failure says Redis is down. */
    public boolean shouldTry() {
        return !down.get() || System.nanoTime() - downUntil.get() >= 0;
    }

    public void failed(String what, Throwable error) {
        downUntil.set(System.nanoTime() + retryAfterNanos);
        if (down.compareAndSet(false, true)) {
            log.warn("Redis unreachable ({}): using in-process fallbacks, retrying every {} ms: {}", what,
                    retryAfterNanos / 1_000_000, error == null ? "no answer" : error.toString());
        }
    }

    public void succeeded() {
        if (down.get() && down.compareAndSet(true, false)) {
            log.info("Redis answers again");
        }
    }
}

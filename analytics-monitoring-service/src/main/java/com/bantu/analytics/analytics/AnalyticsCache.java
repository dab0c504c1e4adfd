package com.bantu.analytics.analytics;

import com.bantu.analytics.config.AnalyticsProperties;
import com.bantu.common.resilience.Backoff;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-through cache of the aggregates in Redis, as the original: key {@code analytics:<aggregate>[:<params>]},
 * value the JSON of the response's {@code data}, written with a TTL (300 s). Hand-rolled on
 * {@link StringRedisTemplate} rather than Spring's {@code @Cacheable} so the keys are exactly the original's
 * (no {@code name::} separator), the value is plain JSON any tool can read, a source failure is never cached,
 * and a Redis failure is handled here: the request is answered from the source, and common-lib's {@link Backoff}
 * leaves Redis alone for {@code retry-after} after a failure, warns once per outage and logs its recovery.
 */
@Component
public class AnalyticsCache {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsCache.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final AnalyticsProperties.Cache props;
    private final Backoff redisBackoff;
    private final Map<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    public AnalyticsCache(StringRedisTemplate redis, JsonMapper json, AnalyticsProperties props) {
        this.redis = redis;
        this.json = json;
        this.props = props.cache();
        this.redisBackoff = new Backoff("[AnalyticsCache] Redis", this.props.retryAfter(), log);
    }

    public String key(String suffix) {
        return props.prefix() + suffix;
    }

    /** The cached value of {@code suffix}, or the loader's answer (then cached); a Redis failure never fails it. */
    public <T> T get(String suffix, Class<T> type, Supplier<T> loader) {
        String key = key(suffix);
        if (!usable()) {
            return loadOnce(key, type, loader);
        }
        String cached = null;
        try {
            cached = redis.opsForValue().get(key);
            recovered();
        } catch (RuntimeException e) {
            failed(e);
        }
        if (cached != null) {
            try {
                T value = json.readValue(cached, type);
                log.debug("[AnalyticsCache] cache hit: {}", key);
                return value;
            } catch (RuntimeException e) {
                log.warn("[AnalyticsCache] unreadable cached value under {}, reloading", key);
            }
        }
        log.debug("[AnalyticsCache] cache miss: {}", key);
        return loadOnce(key, type, loader);
    }

    /**
     * Concurrent misses of one key in this process share one call of the source (an aggregate over 100 000 rows
     * takes about a second; when an entry expires under load, one query runs instead of one per request).
     */
    private <T> T loadOnce(String key, Class<T> type, Supplier<T> loader) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return type.cast(running.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
        }
        try {
            T value = loader.get();
            if (usable()) {
                try {
                    redis.opsForValue().set(key, json.writeValueAsString(value), props.ttl());
                } catch (RuntimeException e) {
                    failed(e);
                }
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private boolean usable() {
        return props.enabled() && redisBackoff.shouldTry();
    }

    private void failed(RuntimeException e) {
        redisBackoff.failed(e);
    }

    private void recovered() {
        redisBackoff.succeeded();
    }
}

package com.bantu.common.security;

import com.bantu.common.resilience.Backoff;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

/**
 * Token versions shared by every service and the gateway: key {@code auth:tv:<user id>} holding the version as a
 * decimal number, without expiry (one small key per user whose sessions were ever ended). Publishing raises the
 * value atomically (a Lua max, so a late writer cannot lower it) and fails loudly. Reading while Redis is
 * unreachable answers "unknown" (see {@link SessionCheck}: the check then fails open, like the revocation list).
 */
public class RedisTokenVersionStore implements TokenVersionStore {

    public static final String PREFIX = "auth:tv:";
    private static final Logger log = LoggerFactory.getLogger(RedisTokenVersionStore.class);
    private static final DefaultRedisScript<Long> RAISE = new DefaultRedisScript<>(
            "local v = tonumber(redis.call('GET', KEYS[1]) or '0') "
                    + "if tonumber(ARGV[1]) > v then redis.call('SET', KEYS[1], ARGV[1]) return tonumber(ARGV[1]) end "
                    + "return v", Long.class);

    private final StringRedisTemplate redis;
    private final Backoff backoff;

    public RedisTokenVersionStore(StringRedisTemplate redis, Duration retryAfter) {
        this.redis = redis;
        this.backoff = new Backoff("Redis (token version check)", retryAfter, log);
    }

    @Override
    public long current(String userId) {
        Long v = lookup(null, userId).version();
        return v == null ? 0 : v;
    }

    @Override
    public void publish(String userId, long version) {
        redis.execute(RAISE, List.of(PREFIX + userId), Long.toString(version));
    }

    /** Revocation and version of one token in one round trip; {@code available=false} while Redis is down. */
    public record Lookup(boolean available, boolean revoked, Long version) {
    }

    /**
     * {@code MGET auth:revoked:<jti> auth:tv:<user>}: one Redis round trip for both checks of a request. With a
     * null {@code jti} only the version is read.
     */
    public Lookup lookup(String jti, String userId) {
        if (!backoff.shouldTry()) {
            return new Lookup(false, false, null);
        }
        try {
            List<String> keys = jti == null ? List.of(PREFIX + userId)
                    : Arrays.asList(RedisTokenRevocationStore.PREFIX + jti, PREFIX + userId);
            List<String> values = redis.opsForValue().multiGet(keys);
            backoff.succeeded();
            if (values == null) {
                return new Lookup(true, false, null);
            }
            boolean revoked = jti != null && values.get(0) != null;
            String tv = values.get(values.size() - 1);
            return new Lookup(true, revoked, parse(tv));
        } catch (RuntimeException e) {
            backoff.failed(e);
            return new Lookup(false, false, null);
        }
    }

    static Long parse(String tv) {
        if (tv == null) {
            return null;
        }
        try {
            return Long.parseLong(tv.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

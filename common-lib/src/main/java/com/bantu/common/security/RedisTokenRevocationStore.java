package com.bantu.common.security;

import com.bantu.common.resilience.Backoff;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Revocations shared by every service and the gateway: key {@code auth:revoked:<jti>} with the token's
 * remaining lifetime as TTL. Revoking fails loudly (logout must not silently do nothing); a check while
 * Redis is unreachable answers "not revoked", so a Redis outage does not lock everyone out. After a failure the
 * checks leave Redis alone for {@code retryAfter} ({@link Backoff}: one warning per outage, one info on recovery).
 */
public class RedisTokenRevocationStore implements TokenRevocationStore {

    public static final String PREFIX = "auth:revoked:";
    private static final Logger log = LoggerFactory.getLogger(RedisTokenRevocationStore.class);

    private final StringRedisTemplate redis;
    private final Backoff backoff;

    public RedisTokenRevocationStore(StringRedisTemplate redis, Duration retryAfter) {
        this.redis = redis;
        this.backoff = new Backoff("Redis (token revocation check)", retryAfter, log);
    }

    public RedisTokenRevocationStore(StringRedisTemplate redis) {
        this(redis, Duration.ofSeconds(1));
    }

    @Override
    public void revoke(String jti, Instant expiresAt) {
        Duration ttl = Duration.between(Instant.now(), expiresAt);
        if (!ttl.isNegative() && !ttl.isZero()) {
            redis.opsForValue().set(PREFIX + jti, "1", ttl);
        }
    }

    @Override
    public boolean isRevoked(String jti) {
        if (!backoff.shouldTry()) {
            return false;
        }
        try {
            boolean revoked = Boolean.TRUE.equals(redis.hasKey(PREFIX + jti));
            backoff.succeeded();
            return revoked;
        } catch (RuntimeException e) {
            backoff.failed(e);
            return false;
        }
    }
}

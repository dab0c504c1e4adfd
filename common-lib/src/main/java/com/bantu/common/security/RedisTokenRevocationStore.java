package com.bantu.common.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Revocations shared by every service and the gateway: key {@code auth:revoked:<jti>} with the token's
 * remaining lifetime as TTL. Revoking fails loudly (logout must not silently do nothing); a check while
 * Redis is unreachable answers "not revoked" and logs once, so a Redis outage does not lock everyone out.
 */
public class RedisTokenRevocationStore implements TokenRevocationStore {

    public static final String PREFIX = "auth:revoked:";
    private static final Logger log = LoggerFactory.getLogger(RedisTokenRevocationStore.class);

    private final StringRedisTemplate redis;
    private final AtomicBoolean warned = new AtomicBoolean();

    public RedisTokenRevocationStore(StringRedisTemplate redis) {
        this.redis = redis;
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
        try {
            boolean revoked = Boolean.TRUE.equals(redis.hasKey(PREFIX + jti));
            warned.set(false);
            return revoked;
        } catch (RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                log.warn("Redis unreachable, revocation check skipped until it answers again: {}", e.getMessage());
            }
            return false;
        }
    }
}

package com.bantu.gateway.security;

import com.bantu.common.security.RedisTokenRevocationStore;
import com.bantu.common.security.TokenRevocationStore;
import com.bantu.common.resilience.Backoff;
import com.bantu.gateway.config.GatewaySettings;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Is a token id revoked (logged out)? Reads the key common-lib's Redis store writes
 * ({@code auth:revoked:<jti>}) without blocking the event loop. Like common-lib, a Redis outage answers
 * "not revoked" (logout itself fails loudly then), so an outage does not lock everyone out. With
 * {@code bantu.security.revocation-store=memory} the process-local store is asked instead; it only knows
 * revocations made in this process, so on the embedded default a logout is enforced by foundation-service.
 * <p>
 * A "not revoked" answer from Redis is remembered for {@code bantu.gateway.revocation-cache} (default 1 s):
 * the Redis round trip was a quarter of the gateway's CPU per request. A token revoked meanwhile passes the
 * gateway for at most that long and is then refused by the service, which checks revocation itself.
 */
@Component
public class RevocationCheck {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    static final int MAX_ENTRIES = 10_000;

    private final TokenRevocationStore store;
    private final ReactiveStringRedisTemplate redis;
    private final Backoff redisBackoff;
    private final long cacheNanos;
    private final ConcurrentHashMap<String, Long> notRevokedUntil = new ConcurrentHashMap<>();

    public RevocationCheck(TokenRevocationStore store, ObjectProvider<ReactiveStringRedisTemplate> redis,
                           Backoff redisBackoff, GatewaySettings settings) {
        this.store = store;
        this.redis = store instanceof RedisTokenRevocationStore ? redis.getIfAvailable() : null;
        this.redisBackoff = redisBackoff;
        this.cacheNanos = settings.revocationCache().toNanos();
    }

    public Mono<Boolean> isRevoked(String jti) {
        if (redis == null) {
            return Mono.fromSupplier(() -> store.isRevoked(jti));
        }
        long now = System.nanoTime();
        Long until = notRevokedUntil.get(jti);
        if (until != null && now - until < 0) {
            return Mono.just(false);
        }
        if (!redisBackoff.shouldTry()) {
            return Mono.just(false);
        }
        return redis.hasKey(RedisTokenRevocationStore.PREFIX + jti)
                .timeout(TIMEOUT)
                .map(revoked -> {
                    redisBackoff.succeeded();
                    if (!revoked && cacheNanos > 0) {
                        if (notRevokedUntil.size() >= MAX_ENTRIES) {
                            notRevokedUntil.clear();
                        }
                        notRevokedUntil.put(jti, now + cacheNanos);
                    }
                    return revoked;
                })
                .defaultIfEmpty(false)
                .onErrorResume(e -> {
                    redisBackoff.failed(e);
                    return Mono.just(false);
                });
    }
}

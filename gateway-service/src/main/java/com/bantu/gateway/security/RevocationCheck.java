package com.bantu.gateway.security;

import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.RedisTokenRevocationStore;
import com.bantu.common.security.RedisTokenVersionStore;
import com.bantu.common.security.SessionCheck;
import com.bantu.common.security.TokenRevocationStore;
import com.bantu.common.resilience.Backoff;
import com.bantu.gateway.config.GatewaySettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Has a token's session ended? Either its id was revoked (logout: {@code auth:revoked:<jti>}) or its token version
 * ({@code tv}) is below the user's current one ({@code auth:tv:<user id>}, raised by foundation-service when a user
 * is deleted, disabled, changes roles or password, their organization is locked, or they log out). Both keys are read
 * with one {@code MGET} without blocking the event loop. Like common-lib, a Redis outage answers "not ended"
 * (foundation refuses refreshes from its database, and logout itself fails loudly then), so an outage does not
 * lock everyone out. With {@code bantu.security.revocation-store=memory} the process-local stores are asked
 * instead; they only know what this process published, so on the embedded default sessions are ended by
 * foundation-service.
 * <p>
 * A "not revoked" answer and a user's version are remembered for {@code bantu.gateway.revocation-cache} (default
 * 500 ms): the Redis round trip was a quarter of the gateway's CPU per request. A session ended meanwhile passes the
 * gateway for at most that long; the services check it themselves too.
 */
@Component
public class RevocationCheck {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    static final int MAX_ENTRIES = 10_000;

    private final SessionCheck local;
    private final ReactiveStringRedisTemplate redis;
    private final Backoff redisBackoff;
    private final long cacheNanos;
    private final ConcurrentHashMap<String, Long> notRevokedUntil = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, long[]> versions = new ConcurrentHashMap<>();

    public RevocationCheck(TokenRevocationStore store, SessionCheck local,
                           ObjectProvider<ReactiveStringRedisTemplate> redis, Backoff redisBackoff,
                           GatewaySettings settings) {
        this.local = local;
        this.redis = store instanceof RedisTokenRevocationStore ? redis.getIfAvailable() : null;
        this.redisBackoff = redisBackoff;
        this.cacheNanos = settings.revocationCache().toNanos();
    }

    public Mono<Boolean> hasEnded(BantuPrincipal p) {
        if (redis == null) {
            return Mono.fromSupplier(() -> local.hasEnded(p));
        }
        long now = System.nanoTime();
        Long until = notRevokedUntil.get(p.jti());
        long[] version = versions.get(p.userId());
        if (until != null && now - until < 0 && version != null && now - version[1] < 0) {
            return Mono.just(p.tokenVersion() < version[0]);
        }
        if (!redisBackoff.shouldTry()) {
            return Mono.just(false);
        }
        List<String> keys = Arrays.asList(RedisTokenRevocationStore.PREFIX + p.jti(),
                RedisTokenVersionStore.PREFIX + p.userId());
        return redis.opsForValue().multiGet(keys)
                .timeout(TIMEOUT)
                .map(values -> {
                    redisBackoff.succeeded();
                    boolean revoked = values.get(0) != null;
                    long current = parse(values.get(1));
                    if (cacheNanos > 0) {
                        if (notRevokedUntil.size() >= MAX_ENTRIES) {
                            notRevokedUntil.clear();
                        }
                        if (versions.size() >= MAX_ENTRIES) {
                            versions.clear();
                        }
                        if (!revoked) {
                            notRevokedUntil.put(p.jti(), now + cacheNanos);
                        }
                        versions.put(p.userId(), new long[] {current, now + cacheNanos});
                    }
                    return revoked || p.tokenVersion() < current;
                })
                .defaultIfEmpty(false)
                .onErrorResume(e -> {
                    redisBackoff.failed(e);
                    return Mono.just(false);
                });
    }

    private static long parse(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

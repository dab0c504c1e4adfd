package com.bantu.gateway.security;

import com.bantu.common.security.RedisTokenRevocationStore;
import com.bantu.common.security.TokenRevocationStore;
import com.bantu.gateway.config.RedisAvailability;
import java.time.Duration;
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
 */
@Component
public class RevocationCheck {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private final TokenRevocationStore store;
    private final ReactiveStringRedisTemplate redis;
    private final RedisAvailability availability;

    public RevocationCheck(TokenRevocationStore store, ObjectProvider<ReactiveStringRedisTemplate> redis,
                           RedisAvailability availability) {
        this.store = store;
        this.redis = store instanceof RedisTokenRevocationStore ? redis.getIfAvailable() : null;
        this.availability = availability;
    }

    public Mono<Boolean> isRevoked(String jti) {
        if (redis == null) {
            return Mono.fromSupplier(() -> store.isRevoked(jti));
        }
        if (!availability.shouldTry()) {
            return Mono.just(false);
        }
        return redis.hasKey(RedisTokenRevocationStore.PREFIX + jti)
                .timeout(TIMEOUT)
                .map(revoked -> {
                    availability.succeeded();
                    return revoked;
                })
                .defaultIfEmpty(false)
                .onErrorResume(e -> {
                    availability.failed("revocation check", e);
                    return Mono.just(false);
                });
    }
}

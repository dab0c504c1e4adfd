package com.bantu.gateway.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bantu.gateway.*}: login throttling, circuit breaker thresholds and extra public paths.
 *
 * @param loginRateLimit token bucket per client IP for {@code POST /api/foundation/auth/login}
 * @param circuitBreaker thresholds shared by every downstream's breaker
 * @param publicPaths    path patterns that need no token in addition to the built-in list
 *                       (for example {@code /actuator/prometheus} where Prometheus cannot send a token)
 * @param revocationCache how long a "not revoked" answer and a user's token version from Redis are reused
 *                        (default 500 ms; 0 = always ask)
 */
@ConfigurationProperties("bantu.gateway")
public record GatewaySettings(LoginRateLimit loginRateLimit, CircuitBreaker circuitBreaker, List<String> publicPaths,
                              Duration revocationCache) {

    public GatewaySettings {
        revocationCache = revocationCache == null ? Duration.ofMillis(500) : revocationCache;
        loginRateLimit = loginRateLimit == null ? new LoginRateLimit(null, 0, 0, 0, 0, null) : loginRateLimit;
        circuitBreaker = circuitBreaker == null ? new CircuitBreaker(0, 0, 0, null) : circuitBreaker;
        publicPaths = publicPaths == null ? List.of() : publicPaths.stream().filter(p -> !p.isBlank()).toList();
    }

    /**
     * Same meaning as Spring Cloud Gateway's RedisRateLimiter: {@code replenishRate} tokens per second,
     * at most {@code burstCapacity} tokens, each request costs {@code requestedTokens}.
     *
     * @param store         {@code redis} (shared, in process while Redis fails) or {@code memory} (in process only)
     * @param trustedHops   X-Forwarded-For entries to trust from the right (0 = use the TCP peer address)
     * @param redisRetryAfter how long to use the in-process limiter alone after Redis failed
     */
    public record LoginRateLimit(String store, int replenishRate, long burstCapacity, int requestedTokens,
                                 int trustedHops, Duration redisRetryAfter) {

        public LoginRateLimit {
            store = store == null || store.isBlank() ? "redis" : store.trim().toLowerCase(java.util.Locale.ROOT);
            if (!store.equals("redis") && !store.equals("memory")) {
                throw new IllegalStateException("bantu.gateway.login-rate-limit.store (BANTU_RATE_LIMITER) must be "
                        + "redis or memory, got " + store);
            }
            replenishRate = replenishRate <= 0 ? 1 : replenishRate;
            burstCapacity = burstCapacity <= 0 ? 60 : burstCapacity;
            requestedTokens = requestedTokens <= 0 ? 6 : requestedTokens;
            trustedHops = Math.max(0, trustedHops);
            redisRetryAfter = redisRetryAfter == null ? Duration.ofSeconds(5) : redisRetryAfter;
        }
    }

    public record CircuitBreaker(int slidingWindowSize, int minimumNumberOfCalls, float failureRateThreshold,
                                 Duration waitInOpenState) {

        public CircuitBreaker {
            slidingWindowSize = slidingWindowSize <= 0 ? 20 : slidingWindowSize;
            minimumNumberOfCalls = minimumNumberOfCalls <= 0 ? 10 : minimumNumberOfCalls;
            failureRateThreshold = failureRateThreshold <= 0 ? 50f : failureRateThreshold;
            waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(10) : waitInOpenState;
        }
    }
}

package com.bantu.gateway.ratelimit;

import com.bantu.gateway.config.GatewaySettings;
import com.bantu.common.resilience.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Login throttling per client IP: Spring Cloud Gateway's {@link RedisRateLimiter} (shared by every replica)
 * while Redis answers, the same token bucket in process when it does not. The Redis limiter alone lets every
 * request through when Redis is down (it answers "allowed, -1 tokens left"); that answer is detected here and
 * replaced by the in-process decision, so a Redis outage never opens login to brute force.
 * <p>
 * Every decision is counted in {@code bantu_gateway_login_attempts_total{outcome="allowed"|"refused"}}: a refused
 * attempt ends in an exception answered 429, which the gateway's route timer never records, so the login-throttling
 * alert and the dashboard read this counter.
 */
public class LoginRateLimiter implements RateLimiter<RedisRateLimiter.Config> {

    private final RedisRateLimiter redis;
    private final InProcessRateLimiter local;
    private final RedisRateLimiter.Config config;
    private final Backoff redisBackoff;
    private final Counter allowed;
    private final Counter refused;

    public LoginRateLimiter(ReactiveStringRedisTemplate template, RedisScript<java.util.List<Long>> script,
                            ConfigurationService configurationService, GatewaySettings.LoginRateLimit limit,
                            Backoff redisBackoff, MeterRegistry meters) {
        this.config = new RedisRateLimiter.Config()
                .setReplenishRate(limit.replenishRate())
                .setBurstCapacity(limit.burstCapacity())
                .setRequestedTokens(limit.requestedTokens());
        this.redis = template == null ? null : new RedisRateLimiter(template, script, configurationService);
        this.local = new InProcessRateLimiter(limit.replenishRate(), limit.burstCapacity());
        this.redisBackoff = redisBackoff;
        this.allowed = attempts(meters, "allowed");
        this.refused = attempts(meters, "refused");
    }

    private static Counter attempts(MeterRegistry meters, String outcome) {
        return Counter.builder("bantu.gateway.login.attempts").tag("outcome", outcome)
                .description("login attempts the per-client rate limit let through or refused (429)")
                .register(meters);
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return decide(routeId, id).doOnNext(r -> (r.isAllowed() ? allowed : refused).increment());
    }

    private Mono<Response> decide(String routeId, String id) {
        if (redis == null || !redisBackoff.shouldTry()) {
            return Mono.just(inProcess(id));
        }
        redis.getConfig().putIfAbsent(routeId, config);
        return redis.isAllowed(routeId, id)
                .map(r -> {
                    if (r.isAllowed() && "-1".equals(r.getHeaders().get(RedisRateLimiter.REMAINING_HEADER))) {
                        redisBackoff.failed(null);
                        return inProcess(id);
                    }
                    redisBackoff.succeeded();
                    return r;
                })
                .onErrorResume(e -> {
                    redisBackoff.failed(e);
                    return Mono.just(inProcess(id));
                });
    }

    private Response inProcess(String id) {
        long left = local.tryAcquire(id, config.getRequestedTokens());
        Map<String, String> headers = new HashMap<>();
        headers.put(RedisRateLimiter.REMAINING_HEADER, String.valueOf(Math.max(0, left)));
        return new Response(left >= 0, headers);
    }

    @Override
    public Map<String, RedisRateLimiter.Config> getConfig() {
        return redis == null ? Map.of() : redis.getConfig();
    }

    @Override
    public Class<RedisRateLimiter.Config> getConfigClass() {
        return RedisRateLimiter.Config.class;
    }

    @Override
    public RedisRateLimiter.Config newConfig() {
        return new RedisRateLimiter.Config();
    }
}

package com.bantu.gateway.config;

import com.bantu.common.resilience.Backoff;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One common-lib {@link Backoff} for Redis, shared by the login rate limiter and the revocation check: after a
 * failure both use their in-process fallbacks for {@code bantu.gateway.login-rate-limit.redis-retry-after} instead
 * of waiting for Redis on every request; one warning per outage, one info line when Redis answers again.
 */
@Configuration(proxyBeanMethods = false)
public class RedisBackoffConfig {

    /** Checked when this configuration is created (early, before any Redis client), so the message names it. */
    public RedisBackoffConfig(Environment env) {
        String host;
        try {
            host = env.getProperty("spring.data.redis.host");
        } catch (IllegalArgumentException unresolvable) {
            host = null;
        }
        RequiredSettings.require("SPRING_DATA_REDIS_HOST", host);
    }

    @Bean
    Backoff redisBackoff(GatewaySettings settings) {
        return new Backoff("Redis (gateway rate limiter and revocation check)",
                settings.loginRateLimit().redisRetryAfter(), LoggerFactory.getLogger(RedisBackoffConfig.class));
    }
}

package com.bantu.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.gateway.config.GatewaySettings;
import com.bantu.common.resilience.Backoff;
import com.bantu.gateway.support.Downstream;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Spring's RedisRateLimiter answers "allowed, -1 left" when Redis fails; the login limiter must notice and
 * decide in process instead. Redis here is a real client pointed at a closed port.
 */
class LoginRateLimiterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    LettuceConnectionFactory factory;
    LoginRateLimiter limiter;
    Backoff redisBackoff;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", Downstream.closedPort()),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());
        factory.afterPropertiesSet();
        RedisScript<List<Long>> script = RedisScript.of(new ClassPathResource("META-INF/scripts/request_rate_limiter.lua"),
                (Class<List<Long>>) (Class<?>) List.class);
        redisBackoff = new Backoff("Redis (test)", Duration.ofMinutes(1),
                org.slf4j.LoggerFactory.getLogger(LoginRateLimiterTest.class));
        limiter = new LoginRateLimiter(new ReactiveStringRedisTemplate(factory), script, null,
                new GatewaySettings.LoginRateLimit("redis", 1, 30, 10, 0, Duration.ofMinutes(1)), redisBackoff, meters);
    }

    @AfterEach
    void tearDown() {
        factory.destroy();
    }

    @Test
    void redisFailureFallsBackToTheInProcessBucketInsteadOfAllowingEverything() {
        for (int i = 0; i < 3; i++) {
            RateLimiter.Response r = limiter.isAllowed("foundation-login", "203.0.113.7").block(Duration.ofSeconds(5));
            assertThat(r.isAllowed()).isTrue();
            assertThat(r.getHeaders().get("X-RateLimit-Remaining")).isNotEqualTo("-1");
        }
        assertThat(limiter.isAllowed("foundation-login", "203.0.113.7").block(Duration.ofSeconds(5)).isAllowed())
                .isFalse();
        assertThat(limiter.isAllowed("foundation-login", "203.0.113.8").block(Duration.ofSeconds(5)).isAllowed())
                .as("another client has its own bucket").isTrue();
        assertThat(redisBackoff.shouldTry()).as("Redis is left alone for a while after failing").isFalse();
        assertThat(meters.get("bantu.gateway.login.attempts").tag("outcome", "refused").counter().count())
                .as("refused attempts are counted (the 429 never reaches the route timer)").isEqualTo(1.0);
        assertThat(meters.get("bantu.gateway.login.attempts").tag("outcome", "allowed").counter().count()).isEqualTo(4.0);
    }
}

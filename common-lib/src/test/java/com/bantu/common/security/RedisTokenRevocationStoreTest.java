package com.bantu.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.FakeService;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A real Lettuce client pointed at a port nothing listens on: Redis is down. */
class RedisTokenRevocationStoreTest {

    private final LettuceConnectionFactory factory = new LettuceConnectionFactory(
            new RedisStandaloneConfiguration("127.0.0.1", FakeService.closedPort()),
            LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());

    @AfterEach
    void tearDown() {
        factory.destroy();
    }

    @Test
    void aRedisOutageFailsOpenAndIsLeftAloneForTheRetryWindow() {
        factory.afterPropertiesSet();
        AtomicInteger asked = new AtomicInteger();
        StringRedisTemplate redis = new StringRedisTemplate(factory) {
            @Override
            public Boolean hasKey(String key) {
                asked.incrementAndGet();
                return super.hasKey(key);
            }
        };
        RedisTokenRevocationStore store = new RedisTokenRevocationStore(redis, Duration.ofMinutes(1));
        assertThat(store.isRevoked("jti-1")).as("fails open").isFalse();
        assertThat(asked).hasValue(1);
        for (int i = 0; i < 5; i++) {
            assertThat(store.isRevoked("jti-" + i)).isFalse();
        }
        assertThat(asked).as("Redis not asked again inside the retry window").hasValue(1);

        RedisTokenRevocationStore eager = new RedisTokenRevocationStore(redis, Duration.ZERO);
        eager.isRevoked("a");
        eager.isRevoked("b");
        assertThat(asked).as("a zero window asks every time").hasValue(3);
    }
}

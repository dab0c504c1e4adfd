package com.bantu.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.FakeService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class SessionCheckTest {

    private static BantuPrincipal token(String user, long tv) {
        return new BantuPrincipal(user, user, null, List.of("SALES"), null, "jti-" + user + "-" + tv,
                Instant.now().plusSeconds(60), JwtService.TYPE_ACCESS, tv, List.of(), null, List.of());
    }

    @Test
    void aTokenBelowThePublishedVersionHasEndedAndPublishingNeverLowersIt() {
        InMemoryTokenVersionStore versions = new InMemoryTokenVersionStore();
        SessionCheck check = new SessionCheck(new InMemoryTokenRevocationStore(), versions, Duration.ZERO);
        assertThat(check.hasEnded(token("u1", 0))).as("nothing published").isFalse();
        versions.publish("u1", 2);
        assertThat(check.hasEnded(token("u1", 1))).isTrue();
        assertThat(check.hasEnded(token("u1", 2))).isFalse();
        versions.publish("u1", 1);
        assertThat(versions.current("u1")).as("a late, lower publish is ignored").isEqualTo(2);
        assertThat(check.hasEnded(token("u2", 0))).as("other users untouched").isFalse();
    }

    @Test
    void aRevokedTokenHasEnded() {
        InMemoryTokenRevocationStore revocations = new InMemoryTokenRevocationStore();
        SessionCheck check = new SessionCheck(revocations, new InMemoryTokenVersionStore(), Duration.ZERO);
        BantuPrincipal p = token("u3", 0);
        revocations.revoke(p.jti(), p.expiresAt());
        assertThat(check.hasEnded(p)).isTrue();
    }

    @Test
    void theVersionIsCachedForTheConfiguredTimeOnly() throws InterruptedException {
        InMemoryTokenVersionStore versions = new InMemoryTokenVersionStore();
        SessionCheck check = new SessionCheck(new InMemoryTokenRevocationStore(), versions, Duration.ofMillis(300));
        assertThat(check.hasEnded(token("u4", 0))).isFalse();
        versions.publish("u4", 1);
        Thread.sleep(400);
        assertThat(check.hasEnded(token("u4", 0))).as("after the cache time").isTrue();
    }

    @Test
    void aRedisOutageFailsOpenAndPublishingFailsLoudly() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", FakeService.closedPort()),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());
        factory.afterPropertiesSet();
        try {
            StringRedisTemplate redis = new StringRedisTemplate(factory);
            RedisTokenVersionStore versions = new RedisTokenVersionStore(redis, Duration.ofMinutes(1));
            SessionCheck check = new SessionCheck(new RedisTokenRevocationStore(redis, Duration.ofMinutes(1)),
                    versions, Duration.ofMillis(500));
            assertThat(check.hasEnded(token("u5", 0))).as("fails open").isFalse();
            assertThat(versions.current("u5")).isZero();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> versions.publish("u5", 1))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            factory.destroy();
        }
    }
}

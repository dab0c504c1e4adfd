package com.bantu.common.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.module.SimpleModule;
import com.bantu.common.web.StrictStringDeserializer;

/**
 * What every service (servlet or reactive) gets from common-lib: snake_case JSON that ignores unknown fields and
 * refuses strings with a NUL or a lone surrogate ({@link StrictStringDeserializer}),
 * the JWT service, the revocation and token-version stores ({@code bantu.security.revocation-store=redis|memory})
 * and the {@link SessionCheck} that combines them.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@EnableConfigurationProperties(JwtProperties.class)
public class BantuCommonAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer bantuJsonCustomizer() {
        return b -> b.addModule(new SimpleModule("bantu-strict-strings")
                        .addDeserializer(String.class, new StrictStringDeserializer()))
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtService jwtService(JwtProperties props) {
        return new JwtService(props);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "bantu.security.revocation-store", havingValue = "redis", matchIfMissing = true)
    static class RedisRevocation {
        @Bean
        @ConditionalOnMissingBean(TokenRevocationStore.class)
        @ConditionalOnBean(StringRedisTemplate.class)
        TokenRevocationStore redisTokenRevocationStore(StringRedisTemplate redis,
                @Value("${bantu.security.revocation-retry-after:1s}") Duration retryAfter) {
            return new RedisTokenRevocationStore(redis, retryAfter);
        }

        @Bean
        @ConditionalOnMissingBean(TokenVersionStore.class)
        @ConditionalOnBean(StringRedisTemplate.class)
        TokenVersionStore redisTokenVersionStore(StringRedisTemplate redis,
                @Value("${bantu.security.revocation-retry-after:1s}") Duration retryAfter) {
            return new RedisTokenVersionStore(redis, retryAfter);
        }
    }

    /**
     * While the Redis connection is down, Lettuce queues commands until each times out; rejecting them at once
     * keeps a Redis outage from adding the command timeout to every request (token-revocation check, caches).
     * Lettuce still reconnects in the background. Servlet services only; the gateway tunes its own client.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.lettuce.core.ClientOptions",
            "org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer"})
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class RedisFailFast {
        @Bean
        LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
            return builder -> builder.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }
    }

    @Bean
    @ConditionalOnMissingBean(TokenRevocationStore.class)
    TokenRevocationStore inMemoryTokenRevocationStore() {
        return new InMemoryTokenRevocationStore();
    }

    @Bean
    @ConditionalOnMissingBean(TokenVersionStore.class)
    TokenVersionStore inMemoryTokenVersionStore() {
        return new InMemoryTokenVersionStore();
    }

    /** Revocation + token version per request ({@code bantu.security.token-version-cache}, default 500 ms). */
    @Bean
    @ConditionalOnMissingBean
    SessionCheck sessionCheck(TokenRevocationStore revocations, TokenVersionStore versions,
                              @Value("${bantu.security.token-version-cache:500ms}") Duration versionCache) {
        return new SessionCheck(revocations, versions, versionCache);
    }
}

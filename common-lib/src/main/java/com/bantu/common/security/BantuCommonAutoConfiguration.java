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

/**
 * What every service (servlet or reactive) gets from common-lib: snake_case JSON that ignores unknown fields,
 * the JWT service and the revocation store ({@code bantu.security.revocation-store=redis|memory}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@EnableConfigurationProperties(JwtProperties.class)
public class BantuCommonAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer bantuJsonCustomizer() {
        return b -> b.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
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
}

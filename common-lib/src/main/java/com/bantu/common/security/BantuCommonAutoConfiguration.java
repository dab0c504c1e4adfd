package com.bantu.common.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
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
        TokenRevocationStore redisTokenRevocationStore(StringRedisTemplate redis) {
            return new RedisTokenRevocationStore(redis);
        }
    }

    @Bean
    @ConditionalOnMissingBean(TokenRevocationStore.class)
    TokenRevocationStore inMemoryTokenRevocationStore() {
        return new InMemoryTokenRevocationStore();
    }
}

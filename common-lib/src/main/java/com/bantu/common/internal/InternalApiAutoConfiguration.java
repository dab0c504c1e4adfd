package com.bantu.common.internal;

import com.bantu.common.security.BantuCommonAutoConfiguration;
import com.bantu.common.security.JwtService;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Servlet services get one {@link InternalApiClient}: its name is {@code spring.application.name}, target URLs are
 * read from {@code bantu.services.<name>.url} when a call is made, settings from {@code bantu.internal.*}.
 */
@AutoConfiguration(after = BantuCommonAutoConfiguration.class,
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.client.RestClient")
@EnableConfigurationProperties(InternalApiProperties.class)
public class InternalApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({JwtService.class, JsonMapper.class})
    InternalApiClient internalApiClient(JwtService jwt, JsonMapper json, InternalApiProperties props,
                                        Environment env) {
        String caller = env.getProperty("spring.application.name", "bantu-service");
        return new InternalApiClient(caller, jwt, json, props,
                service -> env.getProperty("bantu.services." + service + ".url"), Clock.systemUTC());
    }
}

package com.bantu.common.internal;

import com.bantu.common.security.BantuCommonAutoConfiguration;
import com.bantu.common.security.JwtService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
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

    /** See {@link InternalWarmUp}: the service's own internal paths, called before it reports ready. */
    @Bean
    @ConditionalOnBean(JwtService.class)
    @ConditionalOnProperty(name = "bantu.warmup.enabled", havingValue = "true", matchIfMissing = true)
    InternalWarmUp internalWarmUp(ApplicationContext context, JwtService jwt, Environment env) {
        Binder binder = Binder.get(env);
        return new InternalWarmUp(context, jwt, env.getProperty("spring.application.name", "bantu-service"),
                binder.bind("bantu.warmup.internal-paths", Bindable.listOf(String.class)).orElse(List.of()),
                binder.bind("bantu.warmup.rounds", Integer.class).orElse(5),
                binder.bind("bantu.warmup.budget", Duration.class).orElse(Duration.ofSeconds(10)));
    }
}

package com.bantu.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code bantu-defaults.yml} (Hikari, JPA, Flyway, Redis timeouts, graceful shutdown, ECS logs, management
 * endpoints, springdoc paths, service URLs, JWT secret placeholder) as the lowest-precedence property source of every
 * servlet service, so each service's {@code application.yml} holds only what differs. The reactive gateway has no
 * database and keeps its own settings.
 */
public class BantuDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String SOURCE_NAME = "bantu-defaults";
    static final String RESOURCE = "bantu-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getWebApplicationType() != WebApplicationType.SERVLET
                || environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        environment.getPropertySources().addLast(load());
    }

    static PropertySource<?> load() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(SOURCE_NAME, new ClassPathResource(RESOURCE, BantuDefaultsEnvironmentPostProcessor.class
                            .getClassLoader()));
            return sources.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** After the config files are loaded (their order does not matter: the source goes last either way). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

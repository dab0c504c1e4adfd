package com.bantu.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.events.EventsProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

class BantuDefaultsEnvironmentPostProcessorTest {

    private final BantuDefaultsEnvironmentPostProcessor processor = new BantuDefaultsEnvironmentPostProcessor();

    private static SpringApplication app(WebApplicationType type) {
        SpringApplication app = new SpringApplication(Object.class);
        app.setWebApplicationType(type);
        return app;
    }

    @Test
    void servletServicesGetTheSharedDefaultsBelowEverythingElse() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("service",
                Map.of("spring.datasource.hikari.maximum-pool-size", "3")));
        processor.postProcessEnvironment(env, app(WebApplicationType.SERVLET));

        PropertySource<?> last = env.getPropertySources().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.getName()).isEqualTo(BantuDefaultsEnvironmentPostProcessor.SOURCE_NAME);
        assertThat(env.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
        assertThat(env.getProperty("spring.data.redis.timeout")).isEqualTo("500ms");
        assertThat(env.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
        assertThat(env.getProperty("springdoc.api-docs.path")).isEqualTo("/v3/api-docs");
        assertThat(env.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(env.getProperty("spring.datasource.hikari.maximum-pool-size")).as("the service's own value wins")
                .isEqualTo("3");

        processor.postProcessEnvironment(env, app(WebApplicationType.SERVLET));
        assertThat(env.getPropertySources().stream()
                .filter(s -> s.getName().equals(BantuDefaultsEnvironmentPostProcessor.SOURCE_NAME))).hasSize(1);
    }

    @Test
    void auditRecordsAreRoutedToFoundationNextToTheServicesOwnRoutes() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("service",
                Map.of("bantu.events.routes[order.submitted]", "workflow,finance")));
        processor.postProcessEnvironment(env, app(WebApplicationType.SERVLET));

        EventsProperties events = Binder.get(env).bind("bantu.events", EventsProperties.class).get();
        assertThat(events.targets("audit.recorded")).containsExactly("foundation");
        assertThat(events.targets("order.submitted")).containsExactly("workflow", "finance");
        assertThat(env.getProperty("springdoc.swagger-ui.enabled")).as("Swagger UI off by default").isEqualTo("false");
        assertThat(env.getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
        assertThat(env.getProperty("bantu.audit.record-reads")).isEqualTo("false");
    }

    @Test
    void theReactiveGatewayKeepsItsOwnSettings() {
        StandardEnvironment env = new StandardEnvironment();
        processor.postProcessEnvironment(env, app(WebApplicationType.REACTIVE));
        assertThat(env.getPropertySources().contains(BantuDefaultsEnvironmentPostProcessor.SOURCE_NAME)).isFalse();
        assertThat(env.getProperty("spring.jpa.open-in-view")).isNull();
    }
}

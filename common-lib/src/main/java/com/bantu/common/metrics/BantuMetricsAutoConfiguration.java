package com.bantu.common.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link HealthMetrics} for every service that has Micrometer and the health endpoint. Components:
 * {@code bantu.metrics.health.components} (default {@code db,redis,readiness}), re-checked at most every
 * {@code bantu.metrics.health.cache} (default 5 s).
 */
@AutoConfiguration(afterName = "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration")
@ConditionalOnClass(name = {"io.micrometer.core.instrument.MeterRegistry",
        "org.springframework.boot.health.actuate.endpoint.HealthEndpoint"})
public class BantuMetricsAutoConfiguration {

    @Bean
    HealthMetrics bantuHealthMetrics(ObjectProvider<HealthEndpoint> endpoint,
                                     ObjectProvider<HealthContributorRegistry> contributors,
                                     ObjectProvider<ReactiveHealthContributorRegistry> reactiveContributors,
                                     ObjectProvider<HealthEndpointGroups> groups, Environment env) {
        List<String> components = List.of(env.getProperty("bantu.metrics.health.components", String[].class,
                new String[] {"db", "redis", "readiness"}));
        Duration cache = env.getProperty("bantu.metrics.health.cache", Duration.class, Duration.ofSeconds(5));
        Predicate<String> exists = name -> {
            HealthContributorRegistry c = contributors.getIfAvailable();
            ReactiveHealthContributorRegistry r = reactiveContributors.getIfAvailable();
            HealthEndpointGroups g = groups.getIfAvailable();
            return (c != null && c.getContributor(name) != null) || (r != null && r.getContributor(name) != null)
                    || (g != null && g.get(name) != null);
        };
        return new HealthMetrics(exists, component -> {
            HealthEndpoint e = endpoint.getIfAvailable();
            HealthDescriptor d = e == null ? null : e.healthForPath(component);
            return d == null ? null : d.getStatus();
        }, components, cache, Clock.systemUTC());
    }
}

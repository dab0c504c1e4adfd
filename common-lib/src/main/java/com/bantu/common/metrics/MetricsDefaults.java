package com.bantu.common.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Metric settings every service shares, added as the LAST property source so a service's application.yml, the
 * environment or the command line still win. They give the request timers Prometheus histogram buckets
 * ({@code *_seconds_bucket}), which the p99 alert and the dashboard's p50/p99 panels aggregate across replicas with
 * {@code histogram_quantile} (client-side percentiles cannot be combined):
 * <ul>
 * <li>{@code http.server.requests} (servlet services, tags {@code uri}, {@code status}, {@code outcome});</li>
 * <li>{@code spring.cloud.gateway.requests} (the gateway's per-route timer, tags {@code routeId}, {@code status}).</li>
 * </ul>
 * Buckets are limited to 5 ms .. 30 s to keep the series count small.
 */
public class MetricsDefaults implements EnvironmentPostProcessor {

    public static final String SOURCE = "bantuMetricsDefaults";

    static final Map<String, Object> DEFAULTS = defaults();

    private static Map<String, Object> defaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String timer : new String[] {"http.server.requests", "spring.cloud.gateway.requests"}) {
            m.put("management.metrics.distribution.percentiles-histogram." + timer, "true");
            m.put("management.metrics.distribution.minimum-expected-value." + timer, "5ms");
            m.put("management.metrics.distribution.maximum-expected-value." + timer, "30s");
        }
        return Map.copyOf(m);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, DEFAULTS));
        }
    }
}

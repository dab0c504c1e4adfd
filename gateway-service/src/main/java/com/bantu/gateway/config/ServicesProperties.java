package com.bantu.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bantu.services.<name>.*}: where each downstream lives and how long the gateway waits for it.
 * The name is also the route id, the circuit breaker name and the path prefix {@code /api/<name>}.
 */
@ConfigurationProperties("bantu")
public record ServicesProperties(Map<String, Target> services) {

    public ServicesProperties {
        services = services == null ? Map.of() : new LinkedHashMap<>(services);
        services.forEach((name, target) -> {
            if (target.url() == null) {
                throw new IllegalStateException("bantu.services." + name + ".url is not set (environment variable "
                        + "BANTU_SERVICES_" + name.toUpperCase().replace('-', '_') + "_URL)");
            }
        });
    }

    /**
     * @param url             base URL of the service (no path)
     * @param connectTimeout  TCP connect timeout (default 1 s)
     * @param responseTimeout time until the response headers arrive (default 10 s); the circuit breaker's
     *                        time limiter is set just above it so the route timeout answers first (504)
     */
    public record Target(URI url, Duration connectTimeout, Duration responseTimeout) {

        public Target {
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
            responseTimeout = responseTimeout == null ? Duration.ofSeconds(10) : responseTimeout;
        }
    }
}

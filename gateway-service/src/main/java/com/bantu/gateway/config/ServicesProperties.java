package com.bantu.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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
            if (target.url() == null && target.urls().isEmpty()) {
                throw new IllegalStateException("bantu.services." + name + ".url is not set (environment variable "
                        + "BANTU_SERVICES_" + name.toUpperCase().replace('-', '_') + "_URL)");
            }
        });
    }

    /**
     * @param url             base URL of the service (no path): one address (a Kubernetes Service, a compose
     *                        service name, one local process)
     * @param urls            optional: several base URLs of the same service (environment variable
     *                        {@code BANTU_SERVICES_<NAME>_URLS}, comma-separated). When set, they replace {@code url}
     *                        and the gateway spreads the requests across them (Spring Cloud LoadBalancer, round
     *                        robin; a refused connection is tried on the next instance)
     * @param connectTimeout  TCP connect timeout (default 1 s)
     * @param responseTimeout time until the response headers arrive (default 10 s); the circuit breaker's
     *                        time limiter is set just above it so the route timeout answers first (504)
     */
    public record Target(URI url, List<URI> urls, Duration connectTimeout, Duration responseTimeout) {

        public Target {
            urls = urls == null ? List.of() : List.copyOf(urls);
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
            responseTimeout = responseTimeout == null ? Duration.ofSeconds(10) : responseTimeout;
        }

        /** More than one instance: routed through the load balancer ({@code lb://<name>}). */
        public boolean balanced() {
            return urls.size() > 1;
        }

        /** The instances: {@code urls} when set, otherwise the one {@code url}. */
        public List<URI> instances() {
            return urls.isEmpty() ? List.of(url) : urls;
        }
    }
}

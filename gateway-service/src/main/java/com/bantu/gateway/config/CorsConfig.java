package com.bantu.gateway.config;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the SPA, answered before the token check so preflights need no token and 401s
 * still carry the CORS headers the browser needs to read them. Without configured origins nothing is added
 * and nothing refused here: the browser's same-origin rule applies unchanged (a same-origin deployment behind
 * an ingress keeps working).
 */
@Configuration(proxyBeanMethods = false)
public class CorsConfig {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    public static final List<String> ALLOWED_HEADERS = List.of("authorization", "content-type", "x-organization-id",
            "x-user-id", "x-user-roles", "x-request-id", "x-requested-with");

    private static final Logger log = LoggerFactory.getLogger(CorsConfig.class);

    @Bean
    GatewayCorsFilter gatewayCorsFilter(CorsProperties props) {
        if (props.allowedOrigins().isEmpty() && props.allowedOriginPatterns().isEmpty()) {
            log.warn("No CORS origins configured (BANTU_CORS_ALLOWED_ORIGINS): only same-origin browsers can call the API");
            return new GatewayCorsFilter(null);
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(props.allowedOrigins());
        cors.setAllowedOriginPatterns(props.allowedOriginPatterns());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(ALLOWED_HEADERS);
        cors.setExposedHeaders(List.of("X-Request-Id", "X-RateLimit-Remaining"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        log.info("CORS origins={} patterns={}", props.allowedOrigins(), props.allowedOriginPatterns());
        return new GatewayCorsFilter(new CorsWebFilter(source));
    }

    /** Spring's CorsWebFilter (when origins are configured) at a fixed place in the filter chain. */
    public static final class GatewayCorsFilter implements WebFilter, Ordered {

        private final CorsWebFilter delegate;

        GatewayCorsFilter(CorsWebFilter delegate) {
            this.delegate = delegate;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            return delegate == null ? chain.filter(exchange) : delegate.filter(exchange, chain);
        }

        @Override
        public int getOrder() {
            return ORDER;
        }
    }
}

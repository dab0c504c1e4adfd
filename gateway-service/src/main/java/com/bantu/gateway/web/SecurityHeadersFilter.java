package com.bantu.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every answer of the gateway, proxied or its own (401, 404, 429, Swagger UI, health), set just
 * before the response is committed so they also cover errors written by later filters and exception handlers:
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer}, a
 * Content-Security-Policy ({@link #API_CSP} for the API, {@link #SWAGGER_CSP} for Swagger UI, which needs its own
 * scripts, styles and images) and, when the request arrived over TLS (directly, or per a trusted proxy's
 * {@code X-Forwarded-Proto}), {@code Strict-Transport-Security}.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

    /**
     * Among the first filters, so that every answer (CORS, 401, 413, 429 …) carries the headers; after
     * {@code ForwardedHeadersGuard}, so a forged {@code X-Forwarded-Proto} is gone before HSTS looks at it.
     */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean swagger = isSwaggerUi(request.getPath().value());
        boolean secure = request.getSslInfo() != null
                || "https".equalsIgnoreCase(request.getHeaders().getFirst("X-Forwarded-Proto"));
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders h = exchange.getResponse().getHeaders();
            h.set("X-Content-Type-Options", "nosniff");
            h.set("X-Frame-Options", "DENY");
            h.set("Referrer-Policy", "no-referrer");
            h.set("Content-Security-Policy", swagger ? SWAGGER_CSP : API_CSP);
            if (secure) {
                h.set("Strict-Transport-Security", HSTS);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    static boolean isSwaggerUi(String path) {
        return path.startsWith("/swagger-ui") || path.startsWith("/webjars/swagger-ui");
    }
}

package com.bantu.gateway.security;

import com.bantu.gateway.config.GatewaySettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Paths that need no token: login, refresh, health, OpenAPI documents and Swagger UI.
 * Exact patterns, not prefixes: {@code /healthz} or {@code /api/foundation/auth/login-x} still need a token.
 */
@Component
public class PublicPaths {

    static final List<String> BUILT_IN = List.of(
            "/api/foundation/auth/login",
            "/api/foundation/auth/refresh",
            "/health",
            "/actuator/health",
            "/actuator/health/**",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/webjars/swagger-ui/**");

    private final List<PathPattern> patterns = new ArrayList<>();

    public PublicPaths(GatewaySettings settings) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        BUILT_IN.forEach(p -> patterns.add(parser.parse(p)));
        settings.publicPaths().forEach(p -> patterns.add(parser.parse(p)));
    }

    public boolean isPublic(PathContainer path) {
        for (PathPattern p : patterns) {
            if (p.matches(path)) {
                return true;
            }
        }
        return false;
    }
}

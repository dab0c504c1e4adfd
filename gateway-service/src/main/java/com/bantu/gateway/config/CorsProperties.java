package com.bantu.gateway.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code bantu.cors.*}: which browser origins may call the API (the SPA's origin in production). */
@ConfigurationProperties("bantu.cors")
public record CorsProperties(List<String> allowedOrigins, List<String> allowedOriginPatterns) {

    public CorsProperties {
        allowedOrigins = clean(allowedOrigins);
        allowedOriginPatterns = clean(allowedOriginPatterns);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

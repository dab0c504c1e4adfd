package com.bantu.analytics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code bantu.analytics.*}: the read-through cache in front of the owners' internal stats. */
@ConfigurationProperties("bantu.analytics")
public record AnalyticsProperties(Cache cache) {

    public AnalyticsProperties {
        cache = cache == null ? new Cache(null, null, null, null) : cache;
    }

    /**
     * @param enabled    false skips Redis entirely (the embedded default without Redis)
     * @param ttl        lifetime of a cached aggregate (300 s as the original)
     * @param prefix     key prefix ({@code analytics:})
     * @param retryAfter after a Redis error, how long requests go straight to the source before Redis is tried again
     */
    public record Cache(Boolean enabled, Duration ttl, String prefix, Duration retryAfter) {
        public Cache {
            enabled = enabled == null || enabled;
            ttl = ttl == null ? Duration.ofSeconds(300) : ttl;
            prefix = prefix == null ? "analytics:" : prefix;
            retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
        }
    }
}

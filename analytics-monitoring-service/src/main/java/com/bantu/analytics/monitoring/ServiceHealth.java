package com.bantu.analytics.monitoring;

import java.time.LocalDateTime;

/** status healthy|unhealthy|unknown; response_time_ms null when no HTTP answer came. */
public record ServiceHealth(String serviceName, String status, Double responseTimeMs, LocalDateTime lastCheck,
                            String errorMessage) {
}

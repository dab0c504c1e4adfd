package com.bantu.analytics.monitoring;

import java.time.LocalDateTime;
import java.util.Map;

public record DatabaseHealth(String status, Map<String, Object> connectionPool, String version, String database,
                             LocalDateTime lastCheck, String errorMessage) {
}

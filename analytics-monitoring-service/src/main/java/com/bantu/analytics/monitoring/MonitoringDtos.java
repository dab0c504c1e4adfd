package com.bantu.analytics.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Monitoring responses, snake_case on the wire. */
public final class MonitoringDtos {

    private MonitoringDtos() {
    }

    /** status healthy|unhealthy|unknown; response_time_ms null when no HTTP answer came. */
    public record ServiceHealth(String serviceName, String status, Double responseTimeMs, LocalDateTime lastCheck,
                                String errorMessage) {
    }

    /** overall_status healthy (all healthy) | degraded | down (at least half unhealthy). */
    public record ServicesHealth(List<ServiceHealth> services, String overallStatus) {
    }

    public record DatabaseHealth(String status, Map<String, Object> connectionPool, String version, String database,
                                 LocalDateTime lastCheck, String errorMessage) {
    }

    /** Rounded to 2 decimals; memory in MiB (bytes / 1024 / 1024) as the original. */
    public record SystemMetrics(double cpuUsagePercent, double memoryUsagePercent, double memoryUsedMb,
                                double memoryTotalMb, Double diskUsagePercent,
                                @JsonProperty("load_average_1m") Double loadAverage1m,
                                @JsonProperty("load_average_5m") Double loadAverage5m,
                                @JsonProperty("load_average_15m") Double loadAverage15m,
                                long uptimeSeconds, int processCount, LocalDateTime timestamp) {
    }

    /**
     * Connection figures of this service's pool (active, idle, max) as the original intended, plus the database
     * server's status counters; those are null (and {@code server_status_available} false) where the server has
     * no {@code SHOW GLOBAL STATUS} (H2 on the embedded default).
     */
    public record DatabaseMetrics(int activeConnections, int idleConnections, int maxConnections,
                                  Long threadsConnected, Long threadsRunning, Long maxServerConnections,
                                  Long slowQueriesCount, Double questionsPerSecond, Long serverUptimeSeconds,
                                  boolean serverStatusAvailable, LocalDateTime timestamp) {
    }
}

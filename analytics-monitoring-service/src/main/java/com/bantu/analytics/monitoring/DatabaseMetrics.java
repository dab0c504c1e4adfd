package com.bantu.analytics.monitoring;

import java.time.LocalDateTime;

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

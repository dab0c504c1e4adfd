package com.bantu.analytics.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;

/** Rounded to 2 decimals; memory in MiB (bytes / 1024 / 1024) as the original. */
public record SystemMetrics(double cpuUsagePercent, double memoryUsagePercent, double memoryUsedMb,
                            double memoryTotalMb, Double diskUsagePercent,
                            @JsonProperty("load_average_1m") Double loadAverage1m,
                            @JsonProperty("load_average_5m") Double loadAverage5m,
                            @JsonProperty("load_average_15m") Double loadAverage15m,
                            long uptimeSeconds, int processCount, LocalDateTime timestamp) {
}

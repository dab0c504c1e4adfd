package com.bantu.analytics.monitoring;

/**
 * Where host metrics come from. {@link OshiMetricSource} reads the real host; tests inject a fake to drive the
 * alert thresholds. Values are raw (not rounded); a value the platform cannot give is null.
 */
public interface MetricSource {

    Sample sample();

    /**
     * @param cpuUsagePercent     whole-system CPU busy share since the previous sample, 0–100
     * @param memoryUsagePercent  (total − available) / total, 0–100
     * @param diskUsagePercent    used share of the monitored file system (default {@code /})
     * @param loadAverage         1, 5 and 15 minute load averages, or null where the OS has none
     * @param uptimeSeconds       host uptime
     * @param processCount        processes on the host
     */
    record Sample(double cpuUsagePercent, double memoryUsagePercent, long memoryUsedBytes, long memoryTotalBytes,
                  Double diskUsagePercent, double[] loadAverage, long uptimeSeconds, int processCount) {
    }
}

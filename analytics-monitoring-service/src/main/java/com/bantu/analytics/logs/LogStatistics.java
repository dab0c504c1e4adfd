package com.bantu.analytics.logs;

import java.util.Map;

public record LogStatistics(long totalLogs, Map<String, Long> byLevel, Map<String, Long> byService,
                            long errorCount, long warningCount, TimeRange timeRange) {
}

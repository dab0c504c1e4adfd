package com.bantu.analytics.logs;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Wire shapes of the system-log endpoints (snake_case on the wire). */
public final class LogDtos {

    private LogDtos() {
    }

    /**
     * {@code POST /logs/query} body; {@code GET /logs/query} takes the same fields as query parameters
     * ({@code services}, {@code levels} comma-joined). Empty strings and empty lists mean "absent".
     */
    public record LogQueryRequest(List<String> services, List<String> levels, String startTime, String endTime,
                                  String keyword, String file, String function, String requestId, String userId,
                                  Integer page, Integer pageSize) {
    }

    public record ExceptionView(String type, String value, String traceback) {
    }

    /** One row as the log page reads it ({@code name} = logger, {@code file} = class file name). */
    public record LogEntry(String id, LocalDateTime timestamp, String level, String message, String service,
                           String name, String function, Integer line, String file, String module, String thread,
                           Long process, String host, String requestId, String userId, String traceId,
                           ExceptionView exception, Map<String, Object> extra) {
    }

    /**
     * {@code total_exact} false: {@code total} is a lower bound (counting stopped at the cap, or a keyword search
     * answered from the newest entries of the range; see {@code LogService#query}).
     */
    public record LogPage(List<LogEntry> logs, long total, int page, int pageSize, long totalPages,
                          boolean totalExact) {
    }

    public record TimeRange(LocalDateTime start, LocalDateTime end) {
    }

    public record LogStatistics(long totalLogs, Map<String, Long> byLevel, Map<String, Long> byService,
                                long errorCount, long warningCount, TimeRange timeRange) {
    }

    /** {@code POST /internal/logs} body: one batch from a service's log shipper. */
    public record LogBatch(List<com.bantu.common.logship.LogRecord> logs) {
    }
}

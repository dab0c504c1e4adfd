package com.bantu.analytics.logs;

import java.time.LocalDateTime;
import java.util.Map;

/** One row as the log page reads it ({@code name} = logger, {@code file} = class file name). */
public record LogEntry(String id, LocalDateTime timestamp, String level, String message, String service,
                       String name, String function, Integer line, String file, String module, String thread,
                       Long process, String host, String requestId, String userId, String traceId,
                       ExceptionView exception, Map<String, Object> extra) {
}

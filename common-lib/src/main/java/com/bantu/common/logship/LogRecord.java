package com.bantu.common.logship;

import java.util.Map;

/**
 * One log event as it travels to analytics' {@code POST /internal/logs} (snake_case on the wire).
 *
 * @param timestamp  when it was logged, ISO-8601 instant ({@code 2026-01-31T02:00:00.123Z})
 * @param level      ERROR, WARNING, INFO, DEBUG or TRACE (Logback's WARN is sent as WARNING)
 * @param service    the sending service ({@code spring.application.name})
 * @param name       the logger name
 * @param message    the formatted message, redacted, at most {@link LogShipper#MAX_MESSAGE} characters
 * @param file       simple class name + {@code .java}, from the logger name
 * @param module     simple class name, from the logger name
 * @param function   method name, only when caller data is on
 * @param line       line number, only when caller data is on
 * @param thread     thread name
 * @param process    process id
 * @param host       host name of the sender
 * @param requestId  MDC {@code request_id}
 * @param userId     MDC {@code user_id}
 * @param traceId    MDC {@code traceId}/{@code trace_id}
 * @param exception  the throwable, redacted, or null
 * @param extra      the remaining MDC entries, or null
 */
public record LogRecord(String timestamp, String level, String service, String name, String message, String file,
                        String module, String function, Integer line, String thread, Long process, String host,
                        String requestId, String userId, String traceId, ExceptionInfo exception,
                        Map<String, String> extra) {

    /** {@code type} = exception class, {@code value} = its message, {@code traceback} = the stack trace text. */
    public record ExceptionInfo(String type, String value, String traceback) {
    }
}

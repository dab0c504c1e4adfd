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

    /** The simple class name of a logger name ({@code com.bantu.x.CustomerService} → {@code CustomerService}). */
    public static String module(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }

    /** Whether {@code file} and {@code module} are what {@link #withDefaults} derives from {@code name}. */
    static boolean derivedNames(LogRecord r) {
        if (r.name() == null || r.module() == null || r.file() == null) {
            return r.module() == null && r.file() == null;
        }
        String module = module(r.name());
        return r.module().equals(module) && r.file().length() == module.length() + 5 && r.file().startsWith(module)
                && r.file().endsWith(".java");
    }

    /**
     * This record as its sender built it, from the compact form of a batch: a missing {@code service}, {@code host}
     * or {@code process} is the batch's, a missing {@code file}/{@code module} derived from {@code name} (simple
     * class name, + {@code .java}). A record with them is returned as it is.
     */
    public LogRecord withDefaults(String batchService, String batchHost, Long batchProcess) {
        boolean names = file == null && module == null && name != null;
        if (!names && (service != null || batchService == null) && (host != null || batchHost == null)
                && (process != null || batchProcess == null)) {
            return this;
        }
        String m = names ? module(name) : module;
        return new LogRecord(timestamp, level, service != null ? service : batchService, name, message,
                names ? m + ".java" : file, m, function, line, thread, process != null ? process : batchProcess,
                host != null ? host : batchHost, requestId, userId, traceId, exception, extra);
    }

    /** {@code type} = exception class, {@code value} = its message, {@code traceback} = the stack trace text. */
    public record ExceptionInfo(String type, String value, String traceback) {
    }
}

package com.bantu.analytics.logs;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A validated query over {@code log_entries}: every field is optional (null or empty = no filter), all given ones
 * are AND-ed. {@code keyword}, {@code file} and {@code function} are literal, case-insensitive "contains".
 */
record LogFilter(List<String> services, List<String> levels, LocalDateTime start, LocalDateTime end, String keyword,
                 String file, String function, String requestId, String userId) {

    static LogFilter range(List<String> services, LocalDateTime start, LocalDateTime end) {
        return new LogFilter(services, List.of(), start, end, null, null, null, null, null);
    }
}

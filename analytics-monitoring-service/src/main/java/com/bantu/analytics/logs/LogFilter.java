package com.bantu.analytics.logs;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A validated query over {@code log_entries}: every field is optional (null or empty = no filter), all given ones
 * are AND-ed. {@code keyword}, {@code file} and {@code function} are literal, case-insensitive "contains".
 */
record LogFilter(List<String> services, List<String> levels, LocalDateTime start, LocalDateTime end, String keyword,
                 String file, String function, String requestId, String userId) {

    LogFilter withoutKeyword() {
        return new LogFilter(services, levels, start, end, null, file, function, requestId, userId);
    }

    /** The same filter from {@code from} on (never earlier than its own start). */
    LogFilter from(LocalDateTime from) {
        LocalDateTime s = start == null || from.isAfter(start) ? from : start;
        return new LogFilter(services, levels, s, end, keyword, file, function, requestId, userId);
    }
}

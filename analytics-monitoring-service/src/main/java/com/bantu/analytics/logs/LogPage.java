package com.bantu.analytics.logs;

import java.util.List;

/**
 * {@code total_exact} false: {@code total} is a lower bound (counting stopped at the cap, or a keyword search
 * answered from the newest entries of the range; see {@code LogService#query}).
 */
public record LogPage(List<LogEntry> logs, long total, int page, int pageSize, long totalPages,
                      boolean totalExact) {
}

package com.bantu.analytics.logs;

import java.util.List;

/**
 * {@code POST /logs/query} body; {@code GET /logs/query} takes the same fields as query parameters
 * ({@code services}, {@code levels} comma-joined). Empty strings and empty lists mean "absent".
 */
public record LogQueryRequest(List<String> services, List<String> levels, String startTime, String endTime,
                              String keyword, String file, String function, String requestId, String userId,
                              Integer page, Integer pageSize) {
}

package com.bantu.servicemanagement.internal;

import java.util.Map;

/** {@code GET /internal/stats/service-records}: records not deleted, per status, priority and sales user id. */
public record ServiceRecordStats(long total, Map<String, Long> byStatus, Map<String, Long> byPriority,
                                 Map<String, Long> byAssignee) {
}

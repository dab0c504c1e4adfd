package com.bantu.analytics.analytics;

import java.util.Map;

/** {@code by_assignee}: service records per sales user id. */
public record ServiceRecordStatistics(long total, Map<String, Long> byStatus, Map<String, Long> byPriority,
                                      Map<String, Long> byAssignee) {
    public ServiceRecordStatistics {
        byStatus = CustomersSummary.counts(byStatus);
        byPriority = CustomersSummary.counts(byPriority);
        byAssignee = CustomersSummary.counts(byAssignee);
    }
}

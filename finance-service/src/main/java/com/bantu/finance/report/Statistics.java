package com.bantu.finance.report;

import java.util.Map;

public record Statistics(Map<String, Long> receivablesByStatus, Map<String, Long> paymentsByStatus,
                         Map<String, Long> collectionTasksByStatus, long overdueCount) {
}

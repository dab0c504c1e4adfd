package com.bantu.servicemanagement.internal;

import java.util.Map;

/**
 * {@code GET /internal/stats/customers}: customers not deleted, per type ({@code individual}, {@code organization})
 * and source type ({@code own}, {@code agent}), and those with a service record in the last 30 days. analytics reads
 * the same shape; its contract test checks this record's real answer.
 */
public record CustomerStats(long total, Map<String, Long> byType, Map<String, Long> bySource, long activeCount) {
}

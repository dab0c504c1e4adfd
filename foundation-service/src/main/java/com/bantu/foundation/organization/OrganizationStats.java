package com.bantu.foundation.organization;

import java.util.Map;

/** {@code GET /internal/stats/organizations}: organizations, active employee links, counts per organization type. */
public record OrganizationStats(long total, long totalEmployees, Map<String, Long> byType) {
}

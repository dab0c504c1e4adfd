package com.bantu.analytics.monitoring;

import java.util.List;

/** overall_status healthy (all healthy) | degraded | down (at least half unhealthy). */
public record ServicesHealth(List<ServiceHealth> services, String overallStatus) {
}

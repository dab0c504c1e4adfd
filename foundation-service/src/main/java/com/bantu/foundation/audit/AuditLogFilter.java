package com.bantu.foundation.audit;

/** The list filters (all optional; blank = not set). */
public record AuditLogFilter(String organizationId, String userId, String action, String resourceType,
                             String resourceId, String category, String status, String startTime,
                             String endTime) {
}

package com.bantu.foundation.audit;

/** {@code POST /audit-logs/export}: the list filters and {@code json} (default) or {@code csv}. */
public record AuditLogExportRequest(String organizationId, String userId, String action, String resourceType,
                                    String resourceId, String category, String status, String startTime,
                                    String endTime, String format) {
    AuditLogFilter filter() {
        return new AuditLogFilter(organizationId, userId, action, resourceType, resourceId, category, status,
                startTime, endTime);
    }
}

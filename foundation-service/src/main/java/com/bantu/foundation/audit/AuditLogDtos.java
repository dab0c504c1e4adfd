package com.bantu.foundation.audit;

import java.time.LocalDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

public final class AuditLogDtos {

    private AuditLogDtos() {
    }

    public record AuditLogResponse(String id, String organizationId, String userId, String userName, String action,
                                   String resourceType, String resourceId, String resourceName, String category,
                                   String ipAddress, String userAgent, String requestMethod, String requestPath,
                                   String requestId, JsonNode requestParams, JsonNode oldValues, JsonNode newValues,
                                   String status, String errorMessage, Integer durationMs, String service,
                                   LocalDateTime createdAt) {
    }

    /** The audit page's paging shape: {@code {records, total, size, page, pages}}. */
    public record AuditLogPage(List<AuditLogResponse> records, long total, int size, int page, long pages) {
    }

    /** {@code POST /audit-logs/export}: the list filters and {@code json} (default) or {@code csv}. */
    public record AuditLogExportRequest(String organizationId, String userId, String action, String resourceType,
                                        String resourceId, String category, String status, String startTime,
                                        String endTime, String format) {
        AuditLogFilter filter() {
            return new AuditLogFilter(organizationId, userId, action, resourceType, resourceId, category, status,
                    startTime, endTime);
        }
    }

    /** The export: the whole file as one string, its MIME type and format. */
    public record AuditLogExport(String content, String mimeType, String format) {
    }

    /** The list filters (all optional; blank = not set). */
    public record AuditLogFilter(String organizationId, String userId, String action, String resourceType,
                                 String resourceId, String category, String status, String startTime,
                                 String endTime) {
    }
}

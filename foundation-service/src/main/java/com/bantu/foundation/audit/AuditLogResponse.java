package com.bantu.foundation.audit;

import java.time.LocalDateTime;
import tools.jackson.databind.JsonNode;

public record AuditLogResponse(String id, String organizationId, String userId, String userName, String action,
                               String resourceType, String resourceId, String resourceName, String category,
                               String ipAddress, String userAgent, String requestMethod, String requestPath,
                               String requestId, JsonNode requestParams, JsonNode oldValues, JsonNode newValues,
                               String status, String errorMessage, Integer durationMs, String service,
                               LocalDateTime createdAt) {
}

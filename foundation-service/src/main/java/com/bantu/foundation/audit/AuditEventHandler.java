package com.bantu.foundation.audit;

import com.bantu.common.audit.AuditEvent;
import com.bantu.common.events.EventEnvelope;
import com.bantu.common.events.IntegrationEventHandler;
import com.bantu.foundation.user.UserDirectoryService;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each {@code audit.recorded} event as one {@code audit_logs} row (inside the inbox transaction of
 * {@code /internal/events}, so a repeated delivery is a no-op). A record id already stored is skipped too, in case a
 * producer sends the same record twice. user_name is the user's display name when foundation knows the user.
 */
@Component
public class AuditEventHandler implements IntegrationEventHandler<AuditEvent> {

    private final AuditLogRepository logs;
    private final UserDirectoryService users;
    private final JsonMapper json;

    public AuditEventHandler(AuditLogRepository logs, UserDirectoryService users, JsonMapper json) {
        this.logs = logs;
        this.users = users;
        this.json = json;
    }

    @Override
    public String type() {
        return AuditEvent.TYPE;
    }

    @Override
    public Class<AuditEvent> payloadType() {
        return AuditEvent.class;
    }

    @Override
    public void handle(AuditEvent e, EventEnvelope envelope) {
        if (logs.existsById(e.id())) {
            return;
        }
        String userName = e.userId() == null ? e.username()
                : users.displayName(e.userId()).orElse(e.username());
        LocalDateTime at = LocalDateTime.ofInstant(e.occurredAt(), ZoneId.systemDefault());
        logs.save(new AuditLog(e.id(), e.organizationId(), e.userId(), cut(userName, 255),
                e.action() == null ? "UNKNOWN" : cut(e.action().toUpperCase(), 50), cut(e.resourceType(), 50),
                cut(e.resourceId(), 64), cut(e.resourceName(), 255), cut(e.category(), 50), cut(e.ipAddress(), 50),
                cut(e.userAgent(), 500), cut(e.requestMethod(), 10), cut(e.requestPath(), 500),
                cut(e.requestId(), 64), text(e.requestParams()), text(e.oldValues()), text(e.newValues()),
                e.status(), e.errorMessage(), e.durationMs(),
                cut(e.service() != null ? e.service() : envelope.source(), 50), at));
    }

    private String text(Map<String, Object> values) {
        return values == null ? null : json.writeValueAsString(values);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

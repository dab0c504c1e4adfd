package com.bantu.foundation.audit;

import com.bantu.common.audit.AuditEvent;
import com.bantu.common.events.EventEnvelope;
import com.bantu.common.events.IntegrationEventHandler;
import org.springframework.stereotype.Component;

/**
 * Stores each {@code audit.recorded} event as one {@code audit_logs} row (inside the inbox transaction of
 * {@code /internal/events}, so a repeated delivery is a no-op). A record id already stored is skipped too, in case a
 * producer sends the same record twice. user_name is the user's display name when foundation knows the user.
 */
@Component
public class AuditEventHandler implements IntegrationEventHandler<AuditEvent> {

    private final AuditLogService logs;

    public AuditEventHandler(AuditLogService logs) {
        this.logs = logs;
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
        logs.store(e, envelope.source());
    }
}

package com.bantu.common.audit;

/**
 * Where a finished {@link AuditEvent} goes. Every servlet service gets {@link OutboxAuditRecorder} (the event
 * outbox, delivered to foundation); foundation declares its own recorder and stores its records directly.
 * A recorder may throw: {@link AuditFilter} catches, logs a warning and counts {@code audit_record_failures_total}.
 */
public interface AuditRecorder {

    void record(AuditEvent event);
}

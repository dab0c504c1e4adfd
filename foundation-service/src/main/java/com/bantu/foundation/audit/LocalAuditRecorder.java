package com.bantu.foundation.audit;

import com.bantu.common.audit.AuditEvent;
import com.bantu.common.audit.AuditRecorder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Foundation's own audit records (common-lib's AuditFilter on its {@code /api/**} writes, and {@link AuthAudit})
 * go straight into {@code audit_logs}, in a transaction of their own, instead of through an outbox to itself.
 */
@Component
public class LocalAuditRecorder implements AuditRecorder {

    private final AuditLogService logs;
    private final TransactionTemplate transaction;
    private final String service;

    public LocalAuditRecorder(AuditLogService logs, PlatformTransactionManager transactions,
                              @Value("${spring.application.name:foundation-service}") String service) {
        this.logs = logs;
        this.service = service;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditEvent event) {
        transaction.executeWithoutResult(status -> logs.store(event, service));
    }
}

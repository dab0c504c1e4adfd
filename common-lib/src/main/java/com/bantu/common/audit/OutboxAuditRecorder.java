package com.bantu.common.audit;

import com.bantu.common.events.IntegrationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the record in the service's event outbox in a transaction of its own (the request's work has committed
 * by then); the outbox delivers it to foundation as event {@code audit.recorded} and retries until foundation
 * acknowledges it.
 */
public class OutboxAuditRecorder implements AuditRecorder {

    private final IntegrationEvents events;
    private final TransactionTemplate transaction;

    public OutboxAuditRecorder(IntegrationEvents events, PlatformTransactionManager transactions) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditEvent event) {
        transaction.executeWithoutResult(status -> events.publish(event));
    }
}

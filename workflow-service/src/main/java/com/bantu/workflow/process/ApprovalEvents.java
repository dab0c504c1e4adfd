package com.bantu.workflow.process;

import com.bantu.common.events.IntegrationEvent;
import com.bantu.common.events.IntegrationEvents;
import com.bantu.workflow.instance.InstanceRepository;
import com.bantu.workflow.internal.ApprovalOverdueV1;
import com.bantu.workflow.internal.ApprovalResultV1;
import java.sql.Timestamp;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place results leave this service. Each call runs inside the transaction that completes the task (or
 * cancels the instance, or fires the timer), so the record commits with the change or not at all
 * ({@code MANDATORY}: calling it outside a transaction is a bug): the event goes into the outbox (common-lib's
 * {@link IntegrationEvents}, delivered to business-service after commit and retried until it answers) and a copy into
 * {@code workflow_outcomes}, the per-instance log of what this service announced.
 */
@Component
public class ApprovalEvents {

    private static final Logger log = LoggerFactory.getLogger(ApprovalEvents.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final IntegrationEvents outbox;

    public ApprovalEvents(JdbcTemplate jdbc, JsonMapper json, IntegrationEvents outbox) {
        this.jdbc = jdbc;
        this.json = json;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void result(ApprovalResultV1 event) {
        record(event.instanceId(), event.type(), event);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void overdue(ApprovalOverdueV1 event) {
        record(event.instanceId(), event.type(), event);
    }

    private void record(String instanceId, String type, IntegrationEvent payload) {
        outbox.publish(payload);
        jdbc.update("INSERT INTO workflow_outcomes (id, workflow_instance_id, type, payload, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), instanceId, type,
                json.writeValueAsString(payload), Timestamp.valueOf(InstanceRepository.now()));
        log.info("{} recorded for workflow instance {}", type, instanceId);
    }
}

package com.bantu.workflow.process;

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
 * ({@code MANDATORY}: calling it outside a transaction is a bug). Today it writes {@code workflow_outcomes}; delivery
 * to business-service is listed as missing in the README.
 */
@Component
public class ApprovalEvents {

    private static final Logger log = LoggerFactory.getLogger(ApprovalEvents.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ApprovalEvents(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void result(ApprovalResultV1 event) {
        record(event.workflowInstanceId(), event.type(), event);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void overdue(ApprovalOverdueV1 event) {
        record(event.workflowInstanceId(), event.type(), event);
    }

    private void record(String instanceId, String type, Object payload) {
        jdbc.update("INSERT INTO workflow_outcomes (id, workflow_instance_id, type, payload, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), instanceId, type,
                json.writeValueAsString(payload), Timestamp.valueOf(InstanceRepository.now()));
        log.info("{} recorded for workflow instance {}", type, instanceId);
    }
}

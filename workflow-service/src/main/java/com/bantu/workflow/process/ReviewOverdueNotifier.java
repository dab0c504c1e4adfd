package com.bantu.workflow.process;

import com.bantu.workflow.instance.InstanceRepository;
import com.bantu.workflow.internal.ApprovalOverdueV1;
import java.sql.Timestamp;
import java.util.UUID;
import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.DelegateHelper;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs when a review's non-interrupting timer fires (the review stays open): records a row in
 * {@code workflow_escalations} and announces {@code approval.overdue} to the review's candidates, in the timer job's
 * transaction. The BPMN names the review and its group in the fields {@code taskCode} and {@code candidateGroup}.
 */
@Component("reviewOverdueNotifier")
public class ReviewOverdueNotifier implements JavaDelegate {

    private final JdbcTemplate jdbc;
    private final InstanceRepository instances;
    private final ApprovalEvents events;

    public ReviewOverdueNotifier(JdbcTemplate jdbc, InstanceRepository instances, ApprovalEvents events) {
        this.jdbc = jdbc;
        this.instances = instances;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskCode = field(execution, "taskCode");
        String group = field(execution, "candidateGroup");
        String instanceId = (String) execution.getVariable(Vars.WORKFLOW_INSTANCE_ID);
        String businessType = (String) execution.getVariable(Vars.BUSINESS_TYPE);
        String businessId = (String) execution.getVariable(Vars.BUSINESS_ID);
        String assignee = instances.findById(instanceId).map(i -> i.currentAssignee()).orElse(null);
        jdbc.update("INSERT INTO workflow_escalations (id, workflow_instance_id, task_code, candidate_group, "
                        + "business_type, business_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), instanceId, taskCode, group, businessType, businessId,
                Timestamp.valueOf(InstanceRepository.now()));
        events.overdue(new ApprovalOverdueV1(instanceId, businessType, businessId,
                (String) execution.getVariable(Vars.ORDER_NUMBER), taskCode, group, assignee,
                InstanceRepository.now()));
    }

    private static String field(DelegateExecution execution, String name) {
        Expression e = DelegateHelper.getFieldExpression(execution, name);
        return e == null ? null : String.valueOf(e.getValue(execution));
    }
}

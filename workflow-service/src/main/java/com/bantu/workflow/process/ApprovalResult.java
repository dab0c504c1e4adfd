package com.bantu.workflow.process;

import com.bantu.workflow.instance.InstanceRepository;
import com.bantu.workflow.instance.WorkflowInstance;
import com.bantu.workflow.internal.ApprovalResultV1;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener on the {@code approved} and {@code rejected} end events: the instance is completed with that
 * result (its running slot freed) and the result is announced, in the transaction of the completing task.
 */
@Component("approvalResult")
public class ApprovalResult implements ExecutionListener {

    private final InstanceRepository instances;
    private final ApprovalEvents events;

    public ApprovalResult(InstanceRepository instances, ApprovalEvents events) {
        this.instances = instances;
        this.events = events;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String result = execution.getCurrentActivityId();
        String instanceId = (String) execution.getVariable(Vars.WORKFLOW_INSTANCE_ID);
        WorkflowInstance i = instances.findById(instanceId)
                .orElseThrow(() -> new IllegalStateException("no workflow instance " + instanceId));
        instances.end(instanceId, WorkflowInstance.COMPLETED, result, result, null);
        events.result(new ApprovalResultV1(instanceId, i.definitionCode(), i.businessType(), i.businessId(), result,
                (String) execution.getVariable(Vars.LAST_ACTOR), (String) execution.getVariable(Vars.LAST_COMMENT),
                InstanceRepository.now()));
    }
}

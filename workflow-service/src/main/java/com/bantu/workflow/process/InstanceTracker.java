package com.bantu.workflow.process;

import com.bantu.workflow.instance.InstanceRepository;
import com.bantu.workflow.instance.WorkflowInstance;
import java.util.List;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.engine.delegate.event.AbstractFlowableEngineEventListener;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.task.api.Task;
import org.flowable.variable.api.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Engine-wide listener that keeps {@code workflow_instances} current for every process, in the engine's
 * transaction: a created task becomes the current stage (with its candidate group), an assignment its assignee, and
 * a process that reaches an end event is marked completed with its last {@code outcome} (order_approval's own end
 * listener has done so already, with the announcement). Failing here fails the engine command.
 */
@Component
public class InstanceTracker extends AbstractFlowableEngineEventListener {

    private final InstanceRepository instances;

    public InstanceTracker(InstanceRepository instances) {
        super(java.util.Set.of(FlowableEngineEventType.TASK_CREATED, FlowableEngineEventType.TASK_ASSIGNED,
                FlowableEngineEventType.PROCESS_COMPLETED,
                FlowableEngineEventType.PROCESS_COMPLETED_WITH_TERMINATE_END_EVENT));
        this.instances = instances;
    }

    @Override
    protected void taskCreated(FlowableEngineEntityEvent event) {
        Task task = (Task) event.getEntity();
        String id = instanceId(event.getEntity());
        if (id != null) {
            instances.stage(id, task.getTaskDefinitionKey(), group(task));
        }
    }

    @Override
    protected void taskAssigned(FlowableEngineEntityEvent event) {
        Task task = (Task) event.getEntity();
        String id = instanceId(event.getEntity());
        if (id != null) {
            instances.assignee(id, task.getAssignee());
        }
    }

    @Override
    protected void processCompleted(FlowableEngineEntityEvent event) {
        String id = instanceId(event.getEntity());
        if (id == null) {
            return;
        }
        WorkflowInstance i = instances.findById(id).orElse(null);
        if (i != null && i.isOpen()) {
            Object outcome = ((VariableScope) event.getEntity()).getVariable(Vars.OUTCOME);
            instances.end(id, WorkflowInstance.COMPLETED, outcome == null ? null : outcome.toString(), null, null);
        }
    }

    @Override
    protected void processCompletedWithTerminateEnd(FlowableEngineEntityEvent event) {
        processCompleted(event);
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    private static String instanceId(Object entity) {
        if (entity instanceof VariableScope scope) {
            Object id = scope.getVariable(Vars.WORKFLOW_INSTANCE_ID);
            return id == null ? null : id.toString();
        }
        return null;
    }

    private static String group(Task task) {
        FlowElement e = ProcessDefinitionUtil.getBpmnModel(task.getProcessDefinitionId()).getMainProcess()
                .getFlowElement(task.getTaskDefinitionKey(), true);
        if (e instanceof UserTask u) {
            List<String> groups = u.getCandidateGroups();
            return groups == null || groups.isEmpty() ? null : groups.get(0);
        }
        return null;
    }
}

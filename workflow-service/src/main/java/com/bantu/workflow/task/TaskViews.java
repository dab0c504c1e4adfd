package com.bantu.workflow.task;

import com.bantu.workflow.instance.InstanceRepository;
import com.bantu.workflow.instance.InstanceVariables;
import com.bantu.workflow.instance.WorkflowInstance;
import com.bantu.workflow.process.ProcessModels;
import com.bantu.workflow.process.Vars;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** Builds the API's Task from Flowable's runtime and historic tasks plus our instance rows. */
@Component
public class TaskViews {

    private final InstanceRepository instances;
    private final InstanceVariables variables;
    private final ProcessModels models;

    public TaskViews(InstanceRepository instances, InstanceVariables variables, ProcessModels models) {
        this.instances = instances;
        this.variables = variables;
        this.models = models;
    }

    public Map<String, WorkflowInstance> instancesOf(List<String> processInstanceIds) {
        return instances.findByProcessInstanceIds(processInstanceIds).stream()
                .collect(Collectors.toMap(WorkflowInstance::processInstanceId, Function.identity(), (a, b) -> a));
    }

    public TaskResponse open(Task t, WorkflowInstance i, String lang) {
        return new TaskResponse(t.getId(), i == null ? null : i.id(), i == null ? null : i.businessType(),
                i == null ? null : i.businessId(), models.elementName(t.getProcessDefinitionId(),
                t.getTaskDefinitionKey(), lang), t.getTaskDefinitionKey(), "user_task", t.getAssignee(),
                models.candidateGroup(t.getProcessDefinitionId(), t.getTaskDefinitionKey()),
                t.getAssignee() == null ? "pending" : "in_progress", time(t.getDueDate()), null, null, null, null,
                i == null ? Map.of() : variables.fromJson(i.variables()), time(t.getCreateTime()),
                time(t.getClaimTime() != null ? t.getClaimTime() : t.getCreateTime()));
    }

    /** Any task, open or ended, from history (kept current synchronously at history level full). */
    public TaskResponse any(HistoricTaskInstance t, WorkflowInstance i, String lang) {
        Map<String, Object> local = t.getTaskLocalVariables();
        String status;
        if (t.getEndTime() == null) {
            status = t.getAssignee() == null ? "pending" : "in_progress";
        } else {
            status = local.get(Vars.COMPLETED_BY) != null ? "completed" : "cancelled";
        }
        boolean completed = "completed".equals(status);
        return new TaskResponse(t.getId(), i == null ? null : i.id(), i == null ? null : i.businessType(),
                i == null ? null : i.businessId(), models.elementName(t.getProcessDefinitionId(),
                t.getTaskDefinitionKey(), lang), t.getTaskDefinitionKey(), "user_task", t.getAssignee(),
                models.candidateGroup(t.getProcessDefinitionId(), t.getTaskDefinitionKey()), status,
                time(t.getDueDate()), completed ? time(t.getEndTime()) : null,
                (String) local.get(Vars.COMPLETED_BY), (String) local.get(Vars.TASK_OUTCOME),
                (String) local.get(Vars.TASK_COMMENT), i == null ? Map.of() : variables.fromJson(i.variables()),
                time(t.getCreateTime()), time(t.getEndTime() != null ? t.getEndTime()
                : t.getClaimTime() != null ? t.getClaimTime() : t.getCreateTime()));
    }

    public static LocalDateTime time(Date d) {
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), ZoneId.systemDefault());
    }
}

package com.bantu.workflow.task;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.workflow.instance.Caller;
import com.bantu.workflow.instance.InstanceRepository;
import com.bantu.workflow.instance.WorkflowInstance;
import com.bantu.workflow.process.ProcessModels;
import com.bantu.workflow.process.ReviewGuard;
import com.bantu.workflow.process.ReviewRefusedException;
import com.bantu.workflow.process.Vars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.task.api.history.HistoricTaskInstanceQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review inbox and its actions. Who may act on an open review: a member of its candidate group while nobody
 * claimed it, its assignee, or an ADMIN — never the order's own sales user, and never the reviewer of an earlier
 * stage of the same instance (checked here for a 403, and again inside the engine by {@link ReviewGuard}).
 * A task the caller cannot see at all (not actionable by them and its instance outside their scope) is a 404.
 */
@Service
public class ApprovalTaskService {

    public static final String NOT_FOUND = "任务不存在";
    private static final Set<String> STATUSES = Set.of("pending", "in_progress", "completed", "cancelled");

    private final TaskService tasks;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final InstanceRepository instances;
    private final TaskViews views;
    private final ProcessModels models;

    public ApprovalTaskService(TaskService tasks, HistoryService history, RuntimeService runtime,
                               InstanceRepository instances, TaskViews views, ProcessModels models) {
        this.tasks = tasks;
        this.history = history;
        this.runtime = runtime;
        this.instances = instances;
        this.views = views;
        this.models = models;
    }

    public record Filter(String status, String businessType, boolean mine, String assignedToUserId) {
    }

    @Transactional(readOnly = true)
    public ItemsPage<TaskResponse> list(Filter f, Caller c, PageQuery page, String lang) {
        if (f.status() != null && !STATUSES.contains(f.status())) {
            throw ValidationException.of("status", "must be one of pending, in_progress, completed, cancelled");
        }
        if (f.assignedToUserId() != null && !c.admin()) {
            throw new ForbiddenException("权限不足");
        }
        boolean onlyMine = f.mine() || !c.admin();
        int offset = (page.page() - 1) * page.size();
        if ("completed".equals(f.status()) || "cancelled".equals(f.status())) {
            HistoricTaskInstanceQuery q = history.createHistoricTaskInstanceQuery().finished()
                    .includeTaskLocalVariables();
            if (onlyMine) {
                q.taskAssignee(c.userId());
            }
            if (f.assignedToUserId() != null) {
                q.taskAssignee(f.assignedToUserId());
            }
            if (f.businessType() != null) {
                q.processVariableValueEquals(Vars.BUSINESS_TYPE, f.businessType());
            }
            if ("completed".equals(f.status())) {
                q.taskVariableValueLike(Vars.COMPLETED_BY, "%");
            } else {
                q.taskDeleteReasonLike("cancelled%");
            }
            long total = q.count();
            List<HistoricTaskInstance> found = q.orderByHistoricTaskInstanceEndTime().desc().listPage(offset,
                    page.size());
            Map<String, WorkflowInstance> byProcess = views.instancesOf(found.stream()
                    .map(HistoricTaskInstance::getProcessInstanceId).distinct().toList());
            return new ItemsPage<>(found.stream().map(t -> views.any(t, byProcess.get(t.getProcessInstanceId()), lang))
                    .toList(), total, page.page(), page.size());
        }
        TaskQuery q = tasks.createTaskQuery();
        if (onlyMine) {
            q.or().taskAssignee(c.userId());
            if (!c.roles().isEmpty()) {
                q.taskCandidateGroupIn(c.roles());
            }
            q.endOr();
        }
        if (f.assignedToUserId() != null) {
            q.taskAssignee(f.assignedToUserId());
        }
        if (f.businessType() != null) {
            q.processVariableValueEquals(Vars.BUSINESS_TYPE, f.businessType());
        }
        if ("pending".equals(f.status())) {
            q.taskUnassigned();
        } else if ("in_progress".equals(f.status())) {
            q.taskAssigned();
        }
        long total = q.count();
        List<Task> found = q.orderByTaskCreateTime().desc().listPage(offset, page.size());
        Map<String, WorkflowInstance> byProcess = views.instancesOf(found.stream().map(Task::getProcessInstanceId)
                .distinct().toList());
        return new ItemsPage<>(found.stream().map(t -> views.open(t, byProcess.get(t.getProcessInstanceId()), lang))
                .toList(), total, page.page(), page.size());
    }

    @Transactional(readOnly = true)
    public TaskResponse get(String taskId, Caller c, String lang) {
        HistoricTaskInstance t = historic(taskId);
        WorkflowInstance i = instanceOf(t.getProcessInstanceId());
        String group = models.candidateGroup(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
        boolean sees = c.admin() || c.userId().equals(t.getAssignee()) || (t.getEndTime() == null && c.holds(group))
                || (i != null && instances.visible(i.id(), c.scope()));
        if (!sees) {
            throw new NotFoundException(NOT_FOUND);
        }
        return views.any(t, i, lang);
    }

    @Transactional
    public TaskResponse claim(String taskId, Caller c) {
        Task t = open(taskId, c);
        if (!(c.admin() || c.holds(group(t)))) {
            throw new ForbiddenException("只有候选组成员可以认领该任务");
        }
        refuse(t, c.userId());
        if (t.getAssignee() != null && !t.getAssignee().equals(c.userId())) {
            throw new ConflictException("任务已被他人认领");
        }
        if (t.getAssignee() == null) {
            guarded(() -> tasks.claim(taskId, c.userId()));
        }
        return get(taskId, c, null);
    }

    @Transactional
    public TaskResponse unclaim(String taskId, Caller c) {
        Task t = open(taskId, c);
        if (t.getAssignee() == null) {
            throw new ConflictException("任务尚未被认领");
        }
        if (!(c.admin() || t.getAssignee().equals(c.userId()))) {
            throw new ForbiddenException("只有任务处理人可以释放该任务");
        }
        guarded(() -> tasks.unclaim(taskId));
        return get(taskId, c, null);
    }

    @Transactional
    public TaskResponse assign(String taskId, String userId, Caller c) {
        Task t = open(taskId, c);
        String reason = refusal(t, userId.trim());
        if (reason != null) {
            throw ValidationException.of("user_id", reason);
        }
        guarded(() -> tasks.setAssignee(taskId, userId.trim()));
        return get(taskId, c, null);
    }

    @Transactional
    public TaskResponse complete(String taskId, Caller c, String outcome, String comment, Map<String, Object> extra) {
        Task t = open(taskId, c);
        completeAs(t, c, outcome, comment, extra);
        return get(taskId, c, null);
    }

    /** Completes {@code t} as {@code c}: the checks of the task API, then the engine's own (same transaction). */
    public void completeAs(Task t, Caller c, String outcome, String comment, Map<String, Object> extra) {
        boolean may = c.admin() || (t.getAssignee() == null ? c.holds(group(t)) : t.getAssignee().equals(c.userId()));
        if (!may) {
            throw new ForbiddenException("无权处理该任务");
        }
        refuse(t, c.userId());
        Map<String, Object> local = new HashMap<>();
        if (extra != null) {
            extra.forEach((k, v) -> {
                if (Vars.RESERVED.contains(k) || (v != null && !(v instanceof String || v instanceof Number
                        || v instanceof Boolean))) {
                    throw ValidationException.of("variables." + k, "is reserved or not a string, number or boolean");
                }
                local.put(k, v);
            });
        }
        guarded(() -> {
            if (!c.userId().equals(t.getAssignee())) {
                tasks.setAssignee(t.getId(), c.userId());
            }
            // the audit, kept in history with the task: who, what, why
            String why = comment == null || comment.isBlank() ? null : comment.trim();
            local.put(Vars.COMPLETED_BY, c.userId());
            local.put(Vars.TASK_OUTCOME, outcome);
            local.put(Vars.TASK_COMMENT, why);
            tasks.setVariablesLocal(t.getId(), local);
            Map<String, Object> transientVars = new HashMap<>();
            transientVars.put(Vars.ACTOR_ID, c.userId());
            transientVars.put(Vars.COMMENT, why);
            tasks.complete(t.getId(), Map.of(Vars.OUTCOME, outcome), transientVars);
        });
    }

    /** The open reviews of a process instance. */
    public List<Task> openTasks(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list();
    }

    private Task open(String taskId, Caller c) {
        Task t = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (t == null) {
            HistoricTaskInstance h = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            WorkflowInstance i = h == null ? null : instanceOf(h.getProcessInstanceId());
            if (h != null && (c.admin() || c.userId().equals(h.getAssignee())
                    || (i != null && instances.visible(i.id(), c.scope())))) {
                throw new ConflictException("任务已结束");
            }
            throw new NotFoundException(NOT_FOUND);
        }
        WorkflowInstance i = instanceOf(t.getProcessInstanceId());
        boolean sees = c.admin() || c.userId().equals(t.getAssignee()) || c.holds(group(t))
                || (i != null && instances.visible(i.id(), c.scope()));
        if (!sees) {
            throw new NotFoundException(NOT_FOUND);
        }
        if (t.isSuspended()) {
            throw new ConflictException("流程已挂起");
        }
        return t;
    }

    private void refuse(Task t, String userId) {
        String reason = refusal(t, userId);
        if (reason != null) {
            throw new ForbiddenException(reason);
        }
    }

    private String refusal(Task t, String userId) {
        Map<String, Object> vars = runtime.getVariables(t.getProcessInstanceId(),
                List.of(Vars.SALES_USER_ID, Vars.REVIEWERS));
        return ReviewGuard.refusal(userId, vars.get(Vars.SALES_USER_ID), vars.get(Vars.REVIEWERS));
    }

    private String group(Task t) {
        return models.candidateGroup(t.getProcessDefinitionId(), t.getTaskDefinitionKey());
    }

    private HistoricTaskInstance historic(String taskId) {
        HistoricTaskInstance t = history.createHistoricTaskInstanceQuery().taskId(taskId).includeTaskLocalVariables()
                .singleResult();
        if (t == null) {
            throw new NotFoundException(NOT_FOUND);
        }
        return t;
    }

    private WorkflowInstance instanceOf(String processInstanceId) {
        return instances.findByProcessInstanceId(processInstanceId).orElse(null);
    }

    private static void guarded(Runnable r) {
        try {
            r.run();
        } catch (ReviewRefusedException e) {
            throw new ForbiddenException(e.getMessage());
        } catch (FlowableObjectNotFoundException e) {
            throw new NotFoundException(NOT_FOUND);
        } catch (org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException e) {
            throw new ConflictException("任务已被他人认领");
        } catch (org.flowable.common.engine.api.FlowableOptimisticLockingException e) {
            // e.g. the review's due-date timer fired at the same moment: nothing was changed, the caller may retry
            throw new ConflictException("任务正在被并发修改，请重试");
        }
    }
}

package com.bantu.workflow.instance;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.workflow.definition.Definition;
import com.bantu.workflow.definition.DefinitionRepository;
import com.bantu.workflow.definition.DefinitionService;
import com.bantu.workflow.internal.ApprovalResultV1;
import com.bantu.workflow.process.ApprovalEvents;
import com.bantu.workflow.process.ProcessModels;
import com.bantu.workflow.process.Vars;
import com.bantu.workflow.task.ApprovalTaskService;
import com.bantu.workflow.task.TaskResponse;
import com.bantu.workflow.task.TaskViews;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Process instances. Starting one writes our row (whose unique key allows one running instance per definition and
 * business object) and starts the Flowable instance in the same transaction, so two concurrent starts for one order
 * give one instance. Visibility: ADMIN and FINANCE see all; others see instances of their own orders (sales user),
 * those they started and those whose current review they can act on; anything else is a 404.
 */
@Service
public class InstanceService {

    public static final String NOT_FOUND = "流程实例不存在";

    private final InstanceRepository instances;
    private final DefinitionService definitionService;
    private final DefinitionRepository definitions;
    private final InstanceVariables variables;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ApprovalTaskService taskService;
    private final TaskViews taskViews;
    private final ProcessModels models;
    private final ApprovalEvents events;
    private final TransactionTemplate tx;

    public InstanceService(InstanceRepository instances, DefinitionService definitionService,
                           DefinitionRepository definitions, InstanceVariables variables, RuntimeService runtime,
                           HistoryService history, RepositoryService repository, ApprovalTaskService taskService,
                           TaskViews taskViews, ProcessModels models, ApprovalEvents events,
                           PlatformTransactionManager transactionManager) {
        this.instances = instances;
        this.definitionService = definitionService;
        this.definitions = definitions;
        this.variables = variables;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.taskService = taskService;
        this.taskViews = taskViews;
        this.models = models;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
    }

    /**
     * The public start: a second running instance for the same business object is a 409. {@code order_approval} is
     * refused here (400): an approval started with made-up amounts could skip the FINANCE review, so only
     * business-service starts it (event or internal API) from the order's own figures.
     */
    public InstanceResponse start(StartRequest r, Caller c) {
        String code = r.definitionCode();
        String versionId = null;
        if (r.workflowDefinitionId() != null && !r.workflowDefinitionId().isBlank()) {
            Definition d = definitions.findById(r.workflowDefinitionId().trim()).orElseThrow(
                    () -> ValidationException.of("workflow_definition_id", "no process definition with this id"));
            code = d.code();
            versionId = d.id();
        } else if (code == null || code.isBlank()) {
            throw ValidationException.of("definition_code", "definition_code or workflow_definition_id is required");
        }
        if (InstanceVariables.ORDER_APPROVAL.equals(code.trim())) {
            // its variables (amount, sales user) must come from the order itself, not from a caller
            throw ValidationException.of("definition_code",
                    "order approvals are started by business-service when the order is submitted");
        }
        return response(start(code.trim(), versionId, r.businessType().trim(), r.businessId().trim(), r.variables(),
                c.userId(), false), null);
    }

    /** The internal start: idempotent, the running instance of the business object is returned as it is. */
    public InstanceResponse startIdempotent(InternalStartRequest r) {
        return response(start(r.definitionCode().trim(), null, r.businessType().trim(), r.businessId().trim(),
                r.variables(), r.startedBy(), true), null);
    }

    /** {@code order.submitted}: the order's approval, started once (a redelivery finds it running). */
    public void startForOrder(com.bantu.workflow.internal.OrderSubmittedV1 o) {
        if (o.orderId() == null || o.orderId().isBlank()) {
            throw ValidationException.of("order_id", "is required");
        }
        Map<String, Object> vars = new java.util.LinkedHashMap<>();
        vars.put(Vars.ORDER_NUMBER, o.orderNumber());
        vars.put(Vars.FINAL_AMOUNT, o.finalAmount());
        vars.put(Vars.CURRENCY_CODE, o.currencyCode());
        if (o.finalAmount() != null && o.exchangeRate() != null && o.exchangeRate().signum() > 0) {
            vars.put(Vars.IDR_AMOUNT, o.finalAmount().divide(o.exchangeRate(), 2, java.math.RoundingMode.HALF_UP));
        }
        vars.put(Vars.SALES_USER_ID, o.salesUserId());
        vars.put(Vars.ORGANIZATION_ID, o.organizationId());
        vars.values().removeIf(java.util.Objects::isNull);
        start(InstanceVariables.ORDER_APPROVAL, null, "order", o.orderId(), vars, o.salesUserId(), true);
    }

    /** {@code order.cancelled}: the order's running approval ends as cancelled; business-service already knows. */
    @Transactional
    public void cancelForOrder(String orderId, String actorId) {
        instances.findRunning(InstanceVariables.ORDER_APPROVAL, "order", orderId).ifPresent(i -> {
            if (WorkflowInstance.SUSPENDED.equals(i.status())) {
                runtime.activateProcessInstanceById(i.processInstanceId());
            }
            runtime.deleteProcessInstance(i.processInstanceId(), "cancelled: order cancelled");
            instances.end(i.id(), WorkflowInstance.CANCELLED, null, i.currentStage(), "order cancelled");
        });
    }

    private WorkflowInstance start(String code, String versionId, String businessType, String businessId,
                                   Map<String, Object> in, String startedBy, boolean idempotent) {
        try {
            return tx.execute(s -> {
                WorkflowInstance running = instances.findRunning(code, businessType, businessId).orElse(null);
                if (running != null) {
                    if (idempotent) {
                        return running;
                    }
                    throw new ConflictException("该业务对象已有运行中的流程实例");
                }
                ProcessDefinition pd = versionId == null ? definitionService.startable(code)
                        : repository.getProcessDefinition(versionId);
                if (pd.isSuspended()) {
                    throw new ConflictException("流程定义已停用");
                }
                Map<String, Object> vars = variables.prepare(code, in);
                String id = UUID.randomUUID().toString();
                LocalDateTime now = InstanceRepository.now();
                instances.insertRunning(new WorkflowInstance(id, code, pd.getId(), null, businessType, businessId,
                        WorkflowInstance.RUNNING, null, null, null, null, str(vars.get(Vars.SALES_USER_ID)),
                        str(vars.get(Vars.ORGANIZATION_ID)), startedBy, now, null, null, variables.toJson(vars),
                        now, now));
                vars.put(Vars.WORKFLOW_INSTANCE_ID, id);
                vars.put(Vars.BUSINESS_TYPE, businessType);
                vars.put(Vars.BUSINESS_ID, businessId);
                ProcessInstance pi = runtime.createProcessInstanceBuilder().processDefinitionId(pd.getId())
                        .businessKey(businessId).variables(vars).start();
                instances.attachProcess(id, pd.getId(), pi.getId());
                return instances.findById(id).orElseThrow();
            });
        } catch (DuplicateKeyException e) {
            // a concurrent start for the same business object committed first
            if (!idempotent) {
                throw new ConflictException("该业务对象已有运行中的流程实例");
            }
            return tx.execute(s -> instances.findRunning(code, businessType, businessId)
                    .orElseThrow(() -> new ConflictException("该业务对象已有运行中的流程实例")));
        }
    }

    @Transactional(readOnly = true)
    public ItemsPage<InstanceResponse> list(InstanceRepository.Filter f, Caller c, PageQuery page, String lang) {
        InstanceRepository.Page p = instances.page(f, c.scope(), page);
        return new ItemsPage<>(p.items().stream().map(i -> response(i, lang)).toList(), p.total(), page.page(),
                page.size());
    }

    @Transactional(readOnly = true)
    public InstanceResponse detail(String id, Caller c, String lang) {
        WorkflowInstance i = visible(id, c);
        return withDetail(i, lang);
    }

    @Transactional(readOnly = true)
    public InstanceResponse byBusiness(String businessType, String businessId, Caller c, String lang) {
        WorkflowInstance i = instances.findLatest(businessType, businessId, c.scope())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return withDetail(i, lang);
    }

    /** Every review of every visible instance of a business object, oldest first: the approval audit. */
    @Transactional(readOnly = true)
    public List<TaskResponse> history(String businessType, String businessId, Caller c, String lang) {
        List<WorkflowInstance> all = instances.findByBusiness(businessType, businessId, c.scope());
        if (all.isEmpty()) {
            throw new NotFoundException(NOT_FOUND);
        }
        List<TaskResponse> out = new ArrayList<>();
        for (WorkflowInstance i : all) {
            out.addAll(tasks(i, lang));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<TransitionResponse> transitions(String id, Caller c) {
        return transitions(visible(id, c));
    }

    @Transactional
    public InstanceResponse cancel(String id, String reason, Caller c) {
        WorkflowInstance i = visible(id, c);
        if (!(c.admin() || c.userId().equals(i.startedBy()))) {
            throw new ForbiddenException("只有管理员或发起人可以取消流程");
        }
        if (!i.isOpen()) {
            throw new ConflictException("流程实例已结束");
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (WorkflowInstance.SUSPENDED.equals(i.status())) {
            runtime.activateProcessInstanceById(i.processInstanceId());
        }
        runtime.deleteProcessInstance(i.processInstanceId(), why == null ? "cancelled" : "cancelled: " + why);
        instances.end(i.id(), WorkflowInstance.CANCELLED, null, i.currentStage(), why);
        events.result(new ApprovalResultV1(i.id(), i.definitionCode(), i.businessType(), i.businessId(),
                WorkflowInstance.CANCELLED, c.userId(), why, InstanceRepository.now()));
        return response(instances.findById(id).orElseThrow(), null);
    }

    @Transactional
    public InstanceResponse suspend(String id, Caller c) {
        WorkflowInstance i = visible(id, c);
        if (!WorkflowInstance.RUNNING.equals(i.status())) {
            throw new ConflictException("只有运行中的流程可以挂起");
        }
        runtime.suspendProcessInstanceById(i.processInstanceId());
        instances.status(id, WorkflowInstance.SUSPENDED);
        return response(instances.findById(id).orElseThrow(), null);
    }

    @Transactional
    public InstanceResponse resume(String id, Caller c) {
        WorkflowInstance i = visible(id, c);
        if (!WorkflowInstance.SUSPENDED.equals(i.status())) {
            throw new ConflictException("只有挂起的流程可以恢复");
        }
        runtime.activateProcessInstanceById(i.processInstanceId());
        instances.status(id, WorkflowInstance.RUNNING);
        return response(instances.findById(id).orElseThrow(), null);
    }

    /** Completes the open review of an instance on behalf of {@code actor} (the SPA's order status button). */
    @Transactional
    public InstanceResponse signal(String id, String outcome, Caller actor, String comment) {
        WorkflowInstance i = instances.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return signal(i, outcome, actor, comment);
    }

    @Transactional
    public InstanceResponse signalByBusiness(String code, String businessType, String businessId, String outcome,
                                             Caller actor, String comment) {
        WorkflowInstance i = instances.findRunning(code, businessType, businessId)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return signal(i, outcome, actor, comment);
    }

    private InstanceResponse signal(WorkflowInstance i, String outcome, Caller actor, String comment) {
        if (!WorkflowInstance.RUNNING.equals(i.status())) {
            throw new ConflictException(i.isOpen() ? "流程已挂起" : "流程实例已结束");
        }
        List<Task> open = taskService.openTasks(i.processInstanceId());
        if (open.isEmpty()) {
            throw new ConflictException("没有待处理的审核任务");
        }
        String result = "cancelled".equals(outcome) ? Vars.OUTCOME_REJECTED : outcome;
        taskService.completeAs(open.get(0), actor, result, comment, null);
        return withDetail(instances.findById(i.id()).orElseThrow(), null);
    }

    private WorkflowInstance visible(String id, Caller c) {
        WorkflowInstance i = instances.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!instances.visible(id, c.scope())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return i;
    }

    private InstanceResponse withDetail(WorkflowInstance i, String lang) {
        InstanceResponse r = response(i, lang);
        return new InstanceResponse(r.id(), r.workflowDefinitionId(), r.workflowDefinitionName(), r.definitionCode(),
                r.businessType(), r.businessId(), r.currentStage(), r.currentStageName(), r.status(), r.result(),
                r.startedBy(), r.startedAt(), r.completedAt(), r.endReason(), r.variables(), r.createdAt(),
                r.updatedAt(), tasks(i, lang), transitions(i));
    }

    private List<TaskResponse> tasks(WorkflowInstance i, String lang) {
        if (i.processInstanceId() == null) {
            return List.of();
        }
        return history.createHistoricTaskInstanceQuery().processInstanceId(i.processInstanceId())
                .includeTaskLocalVariables().orderByHistoricTaskInstanceStartTime().asc().list().stream()
                .map(t -> taskViews.any(t, i, lang)).toList();
    }

    /** One row per finished activity (sequence flows left out): where it led, who did it, their comment. */
    private List<TransitionResponse> transitions(WorkflowInstance i) {
        if (i.processInstanceId() == null) {
            return List.of();
        }
        List<HistoricActivityInstance> acts = history.createHistoricActivityInstanceQuery()
                .processInstanceId(i.processInstanceId()).list().stream()
                .filter(a -> !"sequenceFlow".equals(a.getActivityType()))
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)
                        .thenComparing(a -> a.getEndTime() == null ? new java.util.Date(Long.MAX_VALUE)
                                : a.getEndTime()))
                .toList();
        Map<String, HistoricTaskInstance> tasksById = new java.util.HashMap<>();
        history.createHistoricTaskInstanceQuery().processInstanceId(i.processInstanceId())
                .includeTaskLocalVariables().list().forEach(t -> tasksById.put(t.getId(), t));
        List<TransitionResponse> out = new ArrayList<>();
        for (int n = 0; n < acts.size(); n++) {
            HistoricActivityInstance a = acts.get(n);
            if (a.getEndTime() == null) {
                continue;
            }
            String to = null;
            for (int m = n + 1; m < acts.size(); m++) {
                if (!acts.get(m).getStartTime().before(a.getEndTime())) {
                    to = acts.get(m).getActivityId();
                    break;
                }
            }
            String by = null;
            String notes = null;
            String condition = null;
            HistoricTaskInstance t = a.getTaskId() == null ? null : tasksById.get(a.getTaskId());
            if (t != null) {
                Map<String, Object> local = t.getTaskLocalVariables();
                by = (String) local.get(Vars.COMPLETED_BY);
                notes = (String) local.get(Vars.TASK_COMMENT);
                condition = local.get(Vars.TASK_OUTCOME) == null ? null : "outcome == " + local.get(Vars.TASK_OUTCOME);
            }
            out.add(new TransitionResponse(a.getId(), i.id(), a.getActivityId(), to, condition, by,
                    TaskViews.time(a.getEndTime()), notes, TaskViews.time(a.getStartTime())));
        }
        return out;
    }

    private InstanceResponse response(WorkflowInstance i, String lang) {
        String name = null;
        if (i.processDefinitionId() != null) {
            Definition d = definitions.findById(i.processDefinitionId()).orElse(null);
            name = d == null ? i.definitionCode() : ProcessModels.indonesian(lang) ? d.nameId() : d.nameZh();
        }
        return new InstanceResponse(i.id(), i.processDefinitionId(), name, i.definitionCode(), i.businessType(),
                i.businessId(), i.currentStage(), models.elementName(i.processDefinitionId(), i.currentStage(), lang),
                i.status(), i.result(), i.startedBy(), i.startedAt(), i.completedAt(), i.endReason(),
                variables.fromJson(i.variables()), i.createdAt(), i.updatedAt(), null, null);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}

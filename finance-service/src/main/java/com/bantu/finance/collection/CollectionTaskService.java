package com.bantu.finance.collection;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.finance.config.Caller;
import com.bantu.finance.order.FinanceOrder;
import com.bantu.finance.order.OrderDirectory;
import com.bantu.finance.receivable.PaymentStage;
import com.bantu.finance.receivable.StageLedger;
import com.bantu.finance.receivable.StageEvent;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection tasks. Status machine: pending → in_progress → completed, pending → completed, pending/in_progress →
 * cancelled; completed and cancelled are final (409). The assignee, FINANCE and ADMIN act on a task; SALES see
 * tasks of their own orders and tasks assigned to them. Tasks of a stage are completed when it becomes paid and
 * cancelled when it is cancelled, in the same transaction.
 */
@Service
public class CollectionTaskService {

    static final Set<String> OPEN = Set.of("pending", "in_progress");
    private static final Map<String, Set<String>> NEXT = Map.of(
            "pending", Set.of("in_progress", "completed", "cancelled"),
            "in_progress", Set.of("completed", "cancelled"));

    private final CollectionTaskRepository tasks;
    private final StageLedger stages;
    private final OrderDirectory orders;
    private final ApplicationEventPublisher events;

    public CollectionTaskService(CollectionTaskRepository tasks, StageLedger stages,
                                 OrderDirectory orders, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.stages = stages;
        this.orders = orders;
        this.events = events;
    }

    public record Filter(String status, String orderId, String assignedToUserId, LocalDate dueFrom, LocalDate dueTo) {
    }

    @Transactional(readOnly = true)
    public ItemsPage<Task> list(Filter f, PageQuery page, Caller caller) {
        Specification<CollectionTask> spec = (root, q, cb) -> {
            List<Predicate> p = new ArrayList<>();
            Predicate orderInScope = caller.orders(root.join("order"), q, cb);
            if (orderInScope != null) {
                p.add(cb.or(orderInScope, cb.equal(root.get("assignedToUserId"), caller.userId())));
            }
            if (notBlank(f.status())) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (notBlank(f.orderId())) {
                p.add(cb.equal(root.get("orderId"), f.orderId()));
            }
            if (notBlank(f.assignedToUserId()) && caller.all()) {
                p.add(cb.equal(root.get("assignedToUserId"), f.assignedToUserId()));
            }
            if (f.dueFrom() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("dueDate"), f.dueFrom()));
            }
            if (f.dueTo() != null) {
                p.add(cb.lessThanOrEqualTo(root.get("dueDate"), f.dueTo()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        var result = tasks.findAll(spec, page.toPageable(Sort.by(Sort.Order.desc("dueDate"),
                Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        return ItemsPage.of(result, page, Task::of);
    }

    @Transactional(readOnly = true)
    public Task get(String id, Caller caller) {
        return Task.of(visible(tasks.findById(id).orElse(null), caller));
    }

    /** Newest first; an order unknown to finance or outside the caller's scope is 404. */
    @Transactional(readOnly = true)
    public List<Task> byOrder(String orderId, Caller caller) {
        FinanceOrder o = orders.local(orderId).orElseThrow(() -> new NotFoundException("订单不存在"));
        boolean all = caller.sees(o.getOrganizationId(), o.getSalesUserId());
        List<Task> visible = tasks.findByOrderIdOrderByDueDateDescCreatedAtDesc(orderId).stream()
                .filter(t -> all || caller.userId().equals(t.getAssignedToUserId()))
                .map(Task::of).toList();
        if (!all && visible.isEmpty()) {
            // an order outside the scope with none of the caller's tasks: as if it did not exist
            throw new NotFoundException("订单不存在");
        }
        return visible;
    }

    /** The order was checked (and fetched if needed) by the caller before this transaction. */
    @Transactional
    public Task create(FinanceOrder order, CreateRequest r, Caller caller) {
        if (r.paymentStageId() != null && !r.paymentStageId().isBlank()) {
            PaymentStage s = stages.find(r.paymentStageId()).filter(x -> x.getOrderId().equals(order.getId()))
                    .orElseThrow(() -> ValidationException.of("payment_stage_id", "is not a stage of this order"));
            if ("cancelled".equals(s.getStatus()) || "paid".equals(s.getStatus())) {
                throw new ConflictException("收款阶段已" + ("paid".equals(s.getStatus()) ? "付清" : "取消"));
            }
        }
        CollectionTask t = new CollectionTask();
        t.orderId = order.getId();
        t.paymentStageId = r.paymentStageId() == null || r.paymentStageId().isBlank() ? null : r.paymentStageId();
        t.taskType = r.taskType() == null ? "manual" : r.taskType();
        t.dueDate = r.dueDate();
        t.notes = r.notes();
        t.assignedToUserId = r.assignedToUserId() != null && !r.assignedToUserId().isBlank()
                ? r.assignedToUserId() : order.getSalesUserId();
        t.createdBy = caller.userId();
        tasks.saveAndFlush(t);
        announce(t, order.getOrderNumber());
        return Task.of(t, order);
    }

    @Transactional
    public Task update(String id, UpdateRequest r, Caller caller) {
        CollectionTask t = actionable(id, caller);
        if (r.status() != null && !r.status().equals(t.getStatus())) {
            move(t, r.status(), caller, null);
        } else if (!OPEN.contains(t.getStatus()) && (r.dueDate() != null || r.assignedToUserId() != null)) {
            throw new ConflictException("催款任务已结束，不能修改");
        }
        if (r.dueDate() != null) {
            t.dueDate = r.dueDate();
        }
        if (r.notes() != null) {
            t.notes = r.notes();
        }
        if (r.assignedToUserId() != null && !r.assignedToUserId().isBlank()
                && !r.assignedToUserId().equals(t.getAssignedToUserId())) {
            if (!caller.all()) {
                throw new ForbiddenException("只有财务或管理员可以改派催款任务");
            }
            t.assignedToUserId = r.assignedToUserId();
            announce(t, t.getOrder() == null ? null : t.getOrder().getOrderNumber());
        }
        tasks.flush();
        return Task.of(t);
    }

    @Transactional
    public Task complete(String id, Caller caller) {
        CollectionTask t = actionable(id, caller);
        if (!"completed".equals(t.getStatus())) {
            move(t, "completed", caller, null);
        }
        tasks.flush();
        return Task.of(t);
    }

    @Transactional
    public Task cancel(String id, String reason, Caller caller) {
        CollectionTask t = actionable(id, caller);
        if (!"cancelled".equals(t.getStatus())) {
            move(t, "cancelled", caller, reason);
        }
        tasks.flush();
        return Task.of(t);
    }

    /** reminder_count + 1 (row-locked, so concurrent reminders all count) and a notification to the assignee. */
    @Transactional
    public Task remind(String id, String channel, String notes, Caller caller) {
        CollectionTask t = actionable(id, caller);
        if (!OPEN.contains(t.getStatus())) {
            throw new ConflictException("催款任务已结束，不能催款");
        }
        t.reminderCount = t.getReminderCount() + 1;
        t.lastRemindedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        if (notes != null && !notes.isBlank()) {
            t.notes = t.getNotes() == null ? notes : t.getNotes() + "\n" + notes;
        }
        tasks.flush();
        if (t.getAssignedToUserId() != null) {
            String number = t.getOrder() == null ? t.getOrderId() : t.getOrder().getOrderNumber();
            events.publishEvent(new Notify(t.getAssignedToUserId(), "催款提醒",
                    "订单 " + number + " 的催款任务第 " + t.getReminderCount() + " 次提醒"
                            + (channel == null ? "" : " (" + channel + ")"), t.getId()));
        }
        return Task.of(t);
    }

    /** Keeps tasks in step with their stage, inside the transaction that paid or cancelled it. */
    @EventListener
    public void onStage(StageEvent e) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        for (CollectionTask t : tasks.openByStage(e.stageId())) {
            if (e.kind() == StageEvent.Kind.PAID) {
                t.complete("system", now);
            } else {
                t.cancel("stage cancelled", now);
            }
        }
    }

    /** Cancels every open task of an order (order cancelled in business). */
    @Transactional
    public int cancelOpenOfOrder(String orderId, String reason) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        List<CollectionTask> open = tasks.openByOrder(orderId);
        open.forEach(t -> t.cancel(reason, now));
        return open.size();
    }

    private void move(CollectionTask t, String to, Caller caller, String reason) {
        if (!NEXT.getOrDefault(t.getStatus(), Set.of()).contains(to)) {
            throw new ConflictException("催款任务状态不能从 " + t.getStatus() + " 变为 " + to);
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        if ("completed".equals(to)) {
            t.complete(caller.userId(), now);
        } else if ("cancelled".equals(to)) {
            t.cancel(reason, now);
        } else {
            t.status = to;
        }
    }

    private void announce(CollectionTask t, String orderNumber) {
        if (t.getAssignedToUserId() != null) {
            events.publishEvent(new Notify(t.getAssignedToUserId(), "新的催款任务",
                    "订单 " + (orderNumber == null ? t.getOrderId() : orderNumber) + " 有新的催款任务需要处理",
                    t.getId()));
        }
    }

    /** Row-locked task the caller may act on: 404 outside their scope, 403 when not assignee/FINANCE/ADMIN. */
    private CollectionTask actionable(String id, Caller caller) {
        CollectionTask t = visible(tasks.lockById(id).orElse(null), caller);
        if (!caller.all() && !caller.userId().equals(t.getAssignedToUserId())) {
            throw new ForbiddenException("无权操作该催款任务");
        }
        return t;
    }

    private static CollectionTask visible(CollectionTask t, Caller caller) {
        if (t == null || !(caller.sees(t.getOrder().getOrganizationId(), t.getOrder().getSalesUserId())
                || caller.userId().equals(t.getAssignedToUserId()))) {
            throw new NotFoundException("催款任务不存在");
        }
        return t;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

package com.bantu.finance.collection;

import com.bantu.finance.order.FinanceOrder;
import com.bantu.finance.order.OrderDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily collection run (cron {@code bantu.finance.collection.cron}; ShedLock makes one replica run it): marks
 * unpaid stages past their due date overdue, then creates one {@code auto} task per due, unpaid stage without an
 * open task, assigned to the order's sales user, who is notified after the task commits. Each task carries the
 * unique key "stage id : due date", so concurrent runs (two replicas, a manual run) cannot create it twice.
 */
@Component
public class CollectionJob {

    private static final Logger log = LoggerFactory.getLogger(CollectionJob.class);

    public record Result(int markedOverdue, int tasksCreated) {
    }

    private final CollectionTaskRepository tasks;
    private final OrderDirectory orders;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final ApplicationEventPublisher events;
    private final Duration lockAtMostFor;

    public CollectionJob(CollectionTaskRepository tasks, OrderDirectory orders, TransactionTemplate tx,
                         LockingTaskExecutor locks, ApplicationEventPublisher events,
                         @Value("${bantu.finance.collection.lock-at-most-for:10m}") Duration lockAtMostFor) {
        this.tasks = tasks;
        this.orders = orders;
        this.tx = tx;
        this.locks = locks;
        this.events = events;
        this.lockAtMostFor = lockAtMostFor;
    }

    @Scheduled(cron = "${bantu.finance.collection.cron}")
    public void scheduled() {
        locks.executeWithLock((Runnable) () -> run(LocalDate.now()),
                new LockConfiguration(Instant.now(), "finance-collection", lockAtMostFor, Duration.ofSeconds(30)));
    }

    /** One run for {@code today}; safe to call concurrently with itself. */
    public Result run(LocalDate today) {
        Integer overdue = tx.execute(st -> tasks.markOverdue(today));
        List<Object[]> due = tx.execute(st -> tasks.dueStagesWithoutOpenTask(today));
        int created = 0;
        for (Object[] row : due) {
            String stageId = (String) row[0];
            String orderId = (String) row[1];
            LocalDate dueDate = row[2] == null ? today : (LocalDate) row[2];
            try {
                Boolean made = tx.execute(st -> createTask(stageId, orderId, dueDate));
                if (Boolean.TRUE.equals(made)) {
                    created++;
                }
            } catch (DataIntegrityViolationException e) {
                log.debug("[CollectionJob] task for stage {} due {} exists already", stageId, dueDate);
            }
        }
        log.info("[CollectionJob] run {} - {} stages marked overdue, {} tasks created", today, overdue, created);
        return new Result(overdue == null ? 0 : overdue, created);
    }

    private boolean createTask(String stageId, String orderId, LocalDate dueDate) {
        FinanceOrder order = orders.local(orderId).orElse(null);
        if (order == null) {
            return false;
        }
        CollectionTask t = new CollectionTask();
        t.orderId = orderId;
        t.paymentStageId = stageId;
        t.taskType = "auto";
        t.dueDate = dueDate;
        t.assignedToUserId = order.getSalesUserId();
        t.autoKey = stageId + ":" + dueDate;
        t.createdBy = "system";
        tasks.saveAndFlush(t);
        if (order.getSalesUserId() != null) {
            events.publishEvent(new Notify(order.getSalesUserId(), "新的催款任务",
                    "订单 " + order.getOrderNumber() + " 的付款阶段已到期，需要催款", t.getId()));
        }
        return true;
    }
}

package com.bantu.finance.collection;

import com.bantu.finance.order.BusinessClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Notifies a task's assignee through business-service's {@code POST /internal/notifications} once the transaction
 * that created, re-assigned or reminded the task has committed — on a small worker pool, so neither the request
 * nor any transaction waits for business. business being absent or slow costs a worker at most its timeout and is
 * logged; the task stands (the breaker then skips the calls for a while). A full queue drops the notification.
 */
@Component
public class AssigneeNotifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AssigneeNotifier.class);

    private final BusinessClient business;
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), r -> {
                Thread t = new Thread(r, "finance-notify");
                t.setDaemon(true);
                return t;
            }, (r, pool) -> log.warn("[AssigneeNotifier] queue full, notification dropped"));

    public AssigneeNotifier(BusinessClient business) {
        this.business = business;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void afterCommit(Notify n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user_id", n.userId());
        body.put("notification_type", "collection_task");
        body.put("title", n.title());
        body.put("content", n.content());
        body.put("resource_type", "collection_task");
        body.put("resource_id", n.taskId());
        workers.execute(() -> business.notify(body));
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}

package com.bantu.finance.order;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Completes order copies that an event filled only partly (a plan handed over names no sales user): asks business
 * after the event's transaction commits, and sweeps what is still incomplete every
 * {@code bantu.finance.order-refresh-interval-ms} (business may have been down). Never inside a transaction.
 */
@Component
public class OrderRefresher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OrderRefresher.class);

    private final BusinessClient business;
    private final OrderDirectory directory;
    private final JdbcTemplate jdbc;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), r -> {
                Thread t = new Thread(r, "finance-order-refresh");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy());

    public OrderRefresher(BusinessClient business, OrderDirectory directory, JdbcTemplate jdbc) {
        this.business = business;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void afterCommit(OrderNeedsRefresh e) {
        worker.execute(() -> refresh(e.orderId()));
    }

    @Scheduled(initialDelayString = "${bantu.finance.order-refresh-interval-ms:60000}",
            fixedDelayString = "${bantu.finance.order-refresh-interval-ms:60000}")
    public void sweep() {
        List<String> ids = jdbc.queryForList("SELECT id FROM finance_orders WHERE sales_user_id IS NULL "
                + "ORDER BY updated_at LIMIT 50", String.class);
        ids.forEach(this::refresh);
    }

    public boolean refresh(String orderId) {
        try {
            return business.order(orderId).map(directory::upsert).isPresent();
        } catch (RuntimeException e) {
            log.debug("[OrderRefresher] order {} not refreshed: {}", orderId, e.getMessage());
            return false;
        }
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }
}

package com.bantu.finance.internal;

import com.bantu.finance.collection.CollectionTaskService;
import com.bantu.finance.order.FinanceOrder;
import com.bantu.finance.order.FinanceOrderRepository;
import com.bantu.finance.order.OrderSnapshot;
import com.bantu.finance.payment.PaymentRepository;
import com.bantu.finance.receivable.PaymentStage;
import com.bantu.finance.receivable.PaymentStageRepository;
import com.bantu.finance.receivable.StageLedger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What business' order events do to finance (each applied once: the event id goes into {@code processed_events} in
 * the same transaction; handlers are order-tolerant — a late event never moves a record backwards):
 * <ul>
 *   <li>any order event carrying order fields refreshes finance's copy of the order;</li>
 *   <li>{@code order_completed}: stages triggered on completion become due (today + the configured terms);</li>
 *   <li>{@code stage_completed}: stages triggered on that milestone ({@code trigger_milestone = stage_code})
 *       become due today;</li>
 *   <li>{@code order_cancelled}: stages without confirmed payments are cancelled with their open tasks.</li>
 * </ul>
 */
@Service
public class OrderEvents {

    private final JdbcTemplate jdbc;
    private final FinanceOrderRepository orders;
    private final PaymentStageRepository stages;
    private final PaymentRepository payments;
    private final StageLedger ledger;
    private final CollectionTaskService tasks;
    private final int completionTermsDays;

    public OrderEvents(JdbcTemplate jdbc, FinanceOrderRepository orders, PaymentStageRepository stages,
                       PaymentRepository payments, StageLedger ledger, CollectionTaskService tasks,
                       @Value("${bantu.finance.completion-terms-days:7}") int completionTermsDays) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.stages = stages;
        this.payments = payments;
        this.ledger = ledger;
        this.tasks = tasks;
        this.completionTermsDays = completionTermsDays;
    }

    /** Records the event id; false when it was applied before (the caller then does nothing). */
    boolean firstTime(String eventId, String type) {
        try {
            jdbc.update("INSERT INTO processed_events (id, type, received_at) VALUES (?, ?, ?)", eventId, type,
                    LocalDateTime.now());
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    /** @return whether the event had an effect (false for a repeated id) */
    @Transactional
    public boolean apply(String eventId, String event, String orderId, String stageCode, OrderSnapshot order) {
        if (!firstTime(eventId, event)) {
            return false;
        }
        if (order != null) {
            OrderSnapshot s = order.id() == null ? withId(order, orderId) : order;
            FinanceOrder o = orders.findById(s.id()).orElseGet(FinanceOrder::new);
            o.apply(s);
            orders.save(o);
        }
        switch (event) {
            case "order_completed" -> markDue("completion", null, orderId, LocalDate.now().plusDays(completionTermsDays));
            case "stage_completed" -> markDue("milestone", stageCode, orderId, LocalDate.now());
            case "order_cancelled" -> cancelOrder(orderId);
            default -> {
                // order_approved, order_updated: the copy above is the whole effect
            }
        }
        orders.findById(orderId).ifPresent(o -> {
            if (event.equals("order_completed")) {
                o.setStatusCode("completed");
            } else if (event.equals("order_cancelled")) {
                o.setStatusCode("cancelled");
            }
        });
        return true;
    }

    private void markDue(String trigger, String milestone, String orderId, LocalDate due) {
        for (PaymentStage s : stages.lockByOrderId(orderId)) {
            if (trigger.equals(s.getPaymentTrigger()) && s.getDueDate() == null
                    && (milestone == null || milestone.equals(s.getTriggerMilestone()))
                    && !"cancelled".equals(s.getStatus())) {
                s.setDueDate(due);
                ledger.recompute(s);
            }
        }
    }

    private void cancelOrder(String orderId) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        for (PaymentStage s : stages.lockByOrderId(orderId)) {
            if (!"cancelled".equals(s.getStatus()) && payments.countConfirmedByStage(s.getId()) == 0) {
                s.setStatus("cancelled");
                s.setCancelReason("order cancelled");
                s.setCancelledAt(now);
            }
        }
        tasks.cancelOpenOfOrder(orderId, "order cancelled");
    }

    private static OrderSnapshot withId(OrderSnapshot s, String id) {
        return new OrderSnapshot(id, s.orderNumber(), s.customerId(), s.customerName(), s.salesUserId(),
                s.organizationId(), s.currencyCode(), s.finalAmount(), s.exchangeRate(), s.statusCode());
    }
}

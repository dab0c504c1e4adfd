package com.bantu.finance.internal;

import com.bantu.common.error.FieldError;
import com.bantu.finance.collection.CollectionTaskService;
import com.bantu.finance.internal.BusinessEvents.OrderFactsV1;
import com.bantu.finance.internal.BusinessEvents.PlanHandedOverV1;
import com.bantu.finance.order.FinanceOrder;
import com.bantu.finance.order.OrderDirectory;
import com.bantu.finance.order.OrderNeedsRefresh;
import com.bantu.finance.order.OrderSnapshot;
import com.bantu.finance.payment.PaymentLedger;
import com.bantu.finance.receivable.PaymentStage;
import com.bantu.finance.receivable.ReceivableService;
import com.bantu.finance.receivable.StageLedger;
import com.bantu.finance.receivable.StageRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What business' order events do to finance. Each method runs inside the transaction in which common-lib's inbox
 * records the event id, so it is applied once; all are order-tolerant (a late event never moves a record back):
 * <ul>
 *   <li>{@code order.submitted}: refreshes finance's copy of the order;</li>
 *   <li>{@code order.plan_handed_over}: the plan becomes the order's receivable plan unless it already has one (a
 *       plan that does not sum to the order is logged and left for FINANCE to set, not retried forever);</li>
 *   <li>{@code order.completed}: stages triggered on completion fall due (completion date + the configured terms);</li>
 *   <li>{@code stage.completed}: stages triggered on that milestone fall due today;</li>
 *   <li>{@code order.cancelled}: stages without confirmed payments are cancelled with their open tasks.</li>
 * </ul>
 */
@Service
public class OrderEvents {

    private static final Logger log = LoggerFactory.getLogger(OrderEvents.class);
    private static final Set<String> TRIGGERS = Set.of("manual", "milestone", "date", "completion");

    private final OrderDirectory orders;
    private final PaymentLedger payments;
    private final StageLedger ledger;
    private final ReceivableService receivables;
    private final CollectionTaskService tasks;
    private final ApplicationEventPublisher events;
    private final int completionTermsDays;

    public OrderEvents(OrderDirectory orders, PaymentLedger payments, StageLedger ledger, ReceivableService receivables, CollectionTaskService tasks,
                       ApplicationEventPublisher events,
                       @Value("${bantu.finance.completion-terms-days:7}") int completionTermsDays) {
        this.orders = orders;
        this.payments = payments;
        this.ledger = ledger;
        this.receivables = receivables;
        this.tasks = tasks;
        this.events = events;
        this.completionTermsDays = completionTermsDays;
    }

    @Transactional
    public void orderFacts(OrderFactsV1 e) {
        snapshot(new OrderSnapshot(e.orderId(), e.orderNumber(), e.customerId(), e.customerName(), e.salesUserId(),
                e.organizationId(), e.currencyCode(), e.finalAmount(), e.exchangeRate(), null));
    }

    @Transactional
    public boolean planHandedOver(PlanHandedOverV1 e) {
        FinanceOrder order = snapshot(new OrderSnapshot(e.orderId(), e.orderNumber(), null, null, null, null,
                e.currencyCode(), e.finalAmount(), null, null));
        List<StageRequest> requested = new ArrayList<>();
        List<PlanHandedOverV1.Stage> given = e.stages() == null ? List.of() : e.stages();
        for (int i = 0; i < given.size(); i++) {
            PlanHandedOverV1.Stage s = given.get(i);
            String trigger = s.paymentTrigger() != null && TRIGGERS.contains(s.paymentTrigger())
                    ? s.paymentTrigger() : "manual";
            requested.add(new StageRequest(s.stageNumber() == null ? i + 1 : s.stageNumber(),
                    s.stageName() == null || s.stageName().isBlank() ? "Stage " + (i + 1) : s.stageName(),
                    null, s.amount(), s.dueDate(), trigger, null, null, null, null));
        }
        List<FieldError> problems = ReceivableService.planProblems(order, requested);
        if (!problems.isEmpty()) {
            log.warn("[OrderEvents] plan handed over for order {} not applied (FINANCE sets it): {}", e.orderId(),
                    problems);
            return false;
        }
        receivables.replacePlan(e.orderId(), requested, null, true);
        return true;
    }

    @Transactional
    public void completed(String orderId, LocalDate completedOn) {
        LocalDate base = completedOn == null ? LocalDate.now() : completedOn;
        markDue("completion", null, orderId, base.plusDays(completionTermsDays));
        orders.local(orderId).ifPresent(o -> o.markStatus("completed"));
    }

    @Transactional
    public void stageCompleted(String orderId, String stageCode) {
        if (stageCode != null && !stageCode.isBlank()) {
            markDue("milestone", stageCode, orderId, LocalDate.now());
        }
    }

    @Transactional
    public void cancelled(String orderId) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        for (PaymentStage s : ledger.lockOfOrder(orderId)) {
            if (!"cancelled".equals(s.getStatus()) && payments.confirmedCount(s.getId()) == 0) {
                s.cancel("order cancelled", now);
            }
        }
        tasks.cancelOpenOfOrder(orderId, "order cancelled");
        orders.local(orderId).ifPresent(o -> o.markStatus("cancelled"));
    }

    /** Inserts or refreshes the copy; one without its sales user is completed from business after commit. */
    private FinanceOrder snapshot(OrderSnapshot s) {
        FinanceOrder o = orders.save(s);
        if (o.getSalesUserId() == null) {
            events.publishEvent(new OrderNeedsRefresh(o.getId()));
        }
        return o;
    }

    private void markDue(String trigger, String milestone, String orderId, LocalDate due) {
        for (PaymentStage s : ledger.lockOfOrder(orderId)) {
            if (trigger.equals(s.getPaymentTrigger()) && s.getDueDate() == null
                    && (milestone == null || milestone.equals(s.getTriggerMilestone()))
                    && !"cancelled".equals(s.getStatus())) {
                s.fallDue(due);
                ledger.recompute(s);
            }
        }
    }
}

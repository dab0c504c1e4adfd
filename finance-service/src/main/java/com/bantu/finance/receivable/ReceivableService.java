package com.bantu.finance.receivable;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.FieldError;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.finance.config.Caller;
import com.bantu.finance.order.FinanceOrder;
import com.bantu.finance.order.OrderDirectory;
import com.bantu.finance.payment.PaymentLedger;
import com.bantu.finance.payment.PaymentResponse;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receivable plans (payment stages of an order). A plan's stages sum exactly to the order's final amount in the
 * order's currency; a plan can be replaced while none of its stages has a live (pending or confirmed) payment; a
 * stage can be cancelled while it has no confirmed payment. Balances and statuses come from {@link StageLedger}.
 */
@Service
public class ReceivableService {

    private final PaymentStageRepository stages;
    private final PaymentLedger payments;
    private final OrderDirectory orders;
    private final StageLedger ledger;
    private final ApplicationEventPublisher events;

    public ReceivableService(PaymentStageRepository stages, PaymentLedger payments, OrderDirectory orders,
                             StageLedger ledger, ApplicationEventPublisher events) {
        this.stages = stages;
        this.payments = payments;
        this.orders = orders;
        this.ledger = ledger;
        this.events = events;
    }

    public record Filter(String orderId, String customerId, String salesUserId, String status, String paymentStatus,
                         LocalDate dueFrom, LocalDate dueTo, Boolean overdue, String currencyCode) {
    }

    @Transactional(readOnly = true)
    public ItemsPage<Receivable> list(Filter f, PageQuery page, Caller caller) {
        Specification<PaymentStage> spec = (root, q, cb) -> {
            List<Predicate> p = new ArrayList<>();
            var order = root.join("order");
            Predicate inScope = caller.orders(order, q, cb);
            if (inScope != null) {
                p.add(inScope);
            }
            if (notBlank(f.orderId())) {
                p.add(cb.equal(root.get("orderId"), f.orderId()));
            }
            if (notBlank(f.customerId())) {
                p.add(cb.equal(order.get("customerId"), f.customerId()));
            }
            if (notBlank(f.salesUserId())) {
                p.add(cb.equal(order.get("salesUserId"), f.salesUserId()));
            }
            if (notBlank(f.status())) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (notBlank(f.paymentStatus())) {
                p.add(cb.equal(root.get("paymentStatus"), f.paymentStatus()));
            }
            if (notBlank(f.currencyCode())) {
                p.add(cb.equal(root.get("currencyCode"), f.currencyCode()));
            }
            if (f.dueFrom() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("dueDate"), f.dueFrom()));
            }
            if (f.dueTo() != null) {
                p.add(cb.lessThanOrEqualTo(root.get("dueDate"), f.dueTo()));
            }
            if (f.overdue() != null) {
                Predicate late = cb.and(cb.lessThan(root.get("dueDate"), LocalDate.now()),
                        root.get("status").in("pending", "partial", "overdue"));
                p.add(f.overdue() ? late : cb.not(late));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        var result = stages.findAll(spec, page.toPageable(Sort.by(Sort.Order.desc("createdAt"),
                Sort.Order.asc("orderId"), Sort.Order.asc("stageNumber"))));
        return ItemsPage.of(result, page, s -> Receivable.of(s, null));
    }

    @Transactional(readOnly = true)
    public Receivable get(String id, Caller caller) {
        PaymentStage s = visible(id, caller);
        List<PaymentResponse> ps = payments.ofStage(id);
        return Receivable.of(s, ps);
    }

    @Transactional(readOnly = true)
    public Plan plan(FinanceOrder order) {
        return toPlan(order, stages.findByOrderIdOrderByStageNumber(order.getId()));
    }

    /**
     * Replaces the order's plan. {@code onlyIfEmpty} (business handing a plan over) keeps an existing plan and
     * answers it unchanged, which makes the hand-over idempotent.
     */
    @Transactional
    public Plan replacePlan(String orderId, List<StageRequest> requested, String actor, boolean onlyIfEmpty) {
        FinanceOrder order = orders.lock(orderId).orElseThrow(() -> new NotFoundException("订单不存在"));
        List<PaymentStage> existing = stages.lockByOrderId(orderId);
        if (onlyIfEmpty && !existing.isEmpty()) {
            return toPlan(order, existing);
        }
        validatePlan(order, requested);
        for (PaymentStage s : existing) {
            if (payments.liveCount(s.getId()) > 0) {
                throw new ConflictException("收款阶段 " + s.getStageNumber()
                        + " 已有付款记录，不能替换收款计划 (a stage has payments: edit or cancel stages instead)");
            }
        }
        for (PaymentStage s : existing) {
            events.publishEvent(new StageEvent(s.getId(), orderId, StageEvent.Kind.CANCELLED));
        }
        stages.deleteAll(existing);
        stages.flush();
        List<PaymentStage> created = new ArrayList<>();
        for (StageRequest r : requested) {
            PaymentStage s = new PaymentStage();
            s.orderId = orderId;
            s.orderNumber = order.getOrderNumber();
            s.stageNumber = r.stageNumber();
            s.stageName = r.stageName().trim();
            s.stageDescription = r.stageDescription();
            s.amount = r.amount().setScale(2, RoundingMode.HALF_UP);
            s.remainingAmount = s.getAmount();
            s.currencyCode = order.getCurrencyCode();
            s.paymentTrigger = r.paymentTrigger() == null ? "manual" : r.paymentTrigger();
            s.triggerDate = r.triggerDate();
            s.triggerMilestone = r.triggerMilestone();
            s.dueDate = r.dueDate() != null ? r.dueDate()
                    : "date".equals(s.getPaymentTrigger()) ? r.triggerDate() : null;
            s.paymentCondition = r.paymentCondition();
            s.notes = r.notes();
            s.createdBy = actor;
            s.updatedBy = actor;
            s.status = StageLedger.derivedStatus(s, false, BigDecimal.ZERO, LocalDate.now());
            created.add(stages.save(s));
        }
        stages.flush();
        return toPlan(order, created);
    }

    @Transactional
    public Receivable update(String id, UpdateRequest r, Caller caller) {
        PaymentStage s = locked(id, caller);
        if ("cancelled".equals(s.getStatus())) {
            throw new ConflictException("收款阶段已取消，不能修改");
        }
        if (r.amount() != null) {
            BigDecimal amount = r.amount().setScale(2, RoundingMode.HALF_UP);
            if (amount.compareTo(s.getPaidAmount()) < 0) {
                throw new ConflictException("金额不能小于已收金额 " + s.getPaidAmount());
            }
            FinanceOrder order = orders.local(s.getOrderId()).orElseThrow();
            BigDecimal others = stages.findByOrderIdOrderByStageNumber(s.getOrderId()).stream()
                    .filter(o -> !o.getId().equals(id) && !"cancelled".equals(o.getStatus()))
                    .map(PaymentStage::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (order.getFinalAmount() != null && others.add(amount).compareTo(order.getFinalAmount()) > 0) {
                throw ValidationException.of("amount", "the plan would exceed the order's final amount "
                        + order.getFinalAmount() + " " + order.getCurrencyCode());
            }
            s.amount = amount;
        }
        if (r.stageName() != null) {
            if (r.stageName().isBlank()) {
                throw ValidationException.of("stage_name", "must not be blank");
            }
            s.stageName = r.stageName().trim();
        }
        if (r.stageDescription() != null) {
            s.stageDescription = r.stageDescription();
        }
        if (r.dueDate() != null) {
            s.dueDate = r.dueDate();
        }
        if (r.paymentTrigger() != null) {
            s.paymentTrigger = r.paymentTrigger();
        }
        if (r.triggerDate() != null) {
            s.triggerDate = r.triggerDate();
        }
        if (r.triggerMilestone() != null) {
            s.triggerMilestone = r.triggerMilestone();
        }
        if (r.paymentCondition() != null) {
            s.paymentCondition = r.paymentCondition();
        }
        if (r.expectedPaymentDate() != null) {
            s.expectedPaymentDate = r.expectedPaymentDate();
        }
        if (r.invoiceNumber() != null) {
            s.invoiceNumber = r.invoiceNumber();
        }
        if (r.invoiceDate() != null) {
            s.invoiceDate = r.invoiceDate();
        }
        if (r.invoiceUrl() != null) {
            s.invoiceUrl = r.invoiceUrl();
        }
        if (r.notes() != null) {
            s.notes = r.notes();
        }
        if (r.internalNotes() != null) {
            s.internalNotes = r.internalNotes();
        }
        s.updatedBy = caller.userId();
        ledger.recompute(s);
        stages.flush();
        return Receivable.of(s, null);
    }

    /** Cancels a stage without confirmed payments; its pending payments and open collection tasks are cancelled. */
    @Transactional
    public Receivable cancel(String id, String reason, Caller caller) {
        PaymentStage s = locked(id, caller);
        if ("cancelled".equals(s.getStatus())) {
            return Receivable.of(s, null);
        }
        if (payments.confirmedCount(id) > 0) {
            throw new ConflictException("收款阶段已有确认的付款，不能取消");
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        payments.cancelPendingOfStage(id, caller.userId(), "stage cancelled: " + reason, now);
        s.cancel(reason, now);
        s.updatedBy = caller.userId();
        events.publishEvent(new StageEvent(s.getId(), s.getOrderId(), StageEvent.Kind.CANCELLED));
        stages.flush();
        return Receivable.of(s, null);
    }

    /** The stage, row-locked first (so its state is the committed one), when the caller's scope includes it. */
    private PaymentStage locked(String id, Caller caller) {
        PaymentStage s = stages.lockById(id).orElseThrow(() -> new NotFoundException("收款阶段不存在"));
        if (!caller.sees(s.getOrder().getOrganizationId(), s.getOrder().getSalesUserId())) {
            throw new NotFoundException("收款阶段不存在");
        }
        return s;
    }

    /** The stage when the caller's scope includes its order, else 404. */
    PaymentStage visible(String id, Caller caller) {
        PaymentStage s = stages.findById(id).orElseThrow(() -> new NotFoundException("收款阶段不存在"));
        if (!caller.sees(s.getOrder().getOrganizationId(), s.getOrder().getSalesUserId())) {
            throw new NotFoundException("收款阶段不存在");
        }
        return s;
    }

    private static void validatePlan(FinanceOrder order, List<StageRequest> requested) {
        List<FieldError> errors = planProblems(order, requested);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** F2 checks of a plan (unique stage numbers, sum = the order's final amount), without throwing. */
    public static List<FieldError> planProblems(FinanceOrder order, List<StageRequest> requested) {
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < requested.size(); i++) {
            StageRequest r = requested.get(i);
            if (r.stageNumber() == null || r.stageNumber() < 1 || r.amount() == null || r.amount().signum() < 0) {
                errors.add(new FieldError("stages[" + i + "]", "stage_number > 0 and amount >= 0 are required"));
                continue;
            }
            if (!numbers.add(r.stageNumber())) {
                errors.add(new FieldError("stages[" + i + "].stage_number", "must be unique within the plan"));
            }
            sum = sum.add(r.amount());
        }
        if (order.getFinalAmount() == null) {
            errors.add(new FieldError("stages", "the order has no final amount yet"));
        } else if (sum.compareTo(order.getFinalAmount()) != 0) {
            errors.add(new FieldError("stages", "stage amounts sum to " + sum.setScale(2, RoundingMode.HALF_UP)
                    + " but the order's final amount is " + order.getFinalAmount() + " " + order.getCurrencyCode()));
        }
        return errors;
    }

    private Plan toPlan(FinanceOrder order, List<PaymentStage> list) {
        BigDecimal planned = BigDecimal.ZERO.setScale(2);
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        BigDecimal outstanding = BigDecimal.ZERO.setScale(2);
        for (PaymentStage s : list) {
            paid = paid.add(s.getPaidAmount());
            if (!"cancelled".equals(s.getStatus())) {
                planned = planned.add(s.getAmount());
                outstanding = outstanding.add(s.getRemainingAmount().max(BigDecimal.ZERO));
            }
        }
        return new Plan(order.getId(), order.getOrderNumber(), order.getCurrencyCode(), order.getFinalAmount(),
                planned, paid, outstanding, list.stream().map(s -> Receivable.of(s, null)).toList());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

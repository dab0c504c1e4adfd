package com.bantu.finance.payment;

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
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import com.bantu.common.events.IntegrationEvents;
import com.bantu.finance.internal.PaymentConfirmedV1;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payments. Create is idempotent per creator and {@code Idempotency-Key}: the key and a SHA-256 of the normalised
 * body are stored with the payment under a unique index, so a repeat with the same body answers the first payment,
 * a repeat with another body is 409, and concurrent first attempts are settled by the index (the losers read the
 * winner). Confirm and cancel are idempotent on state; confirming recomputes the stage under its row lock.
 */
@Service
public class PaymentService {

    /** Result of a create: {@code created} false when an earlier request with the same key is answered again. */
    /** An order's confirmed payments: how many and their net total (refunds subtracted), 2 decimals. */
    public record ConfirmedTotals(long count, BigDecimal net) {
    }

    public record Created(PaymentResponse payment, boolean created) {
    }

    public record Filter(String orderId, String paymentStageId, String status, String paymentType,
                         String paymentMethod, LocalDate dateFrom, LocalDate dateTo, String customerId) {
    }

    private final PaymentRepository payments;
    private final OrderDirectory orders;
    private final StageLedger ledger;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final ObjectProvider<IntegrationEvents> integrationEvents;
    private final PaymentMetrics metrics;

    public PaymentService(PaymentRepository payments, OrderDirectory orders,
                          StageLedger ledger, TransactionTemplate tx, JsonMapper json,
                          ObjectProvider<IntegrationEvents> integrationEvents, PaymentMetrics metrics) {
        this.payments = payments;
        this.orders = orders;
        this.ledger = ledger;
        this.tx = tx;
        this.json = json;
        this.integrationEvents = integrationEvents;
        this.metrics = metrics;
    }

    /** Not transactional itself: the order may have to be read from business first (never inside a transaction). */
    public Created create(CreatePaymentRequest raw, String idempotencyKey, Caller caller) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            throw ValidationException.of("Idempotency-Key", "header is required (1 to 255 characters)");
        }
        String key = idempotencyKey.trim();
        CreatePaymentRequest req = normalise(raw, caller);
        String hash = hash(req);
        try {
            // the usual case in one transaction: the replay check, finance's copy of the order, the insert
            Created done = tx.execute(st -> replayed(caller.userId(), key, hash).orElseGet(() ->
                    orders.localVisible(req.orderId(), caller)
                            .map(order -> new Created(insert(req, order, key, hash, caller), true))
                            .orElse(null)));
            if (done != null) {
                return done;
            }
            // an order finance does not know yet: business is asked outside any transaction
            FinanceOrder order = orders.require(req.orderId(), caller);
            return new Created(tx.execute(st -> insert(req, order, key, hash, caller)), true);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            // a concurrent request with the same key won the unique index (or the transaction id is taken)
            return replay(caller.userId(), key, hash).orElseThrow(() -> req.transactionId() != null
                    ? new ConflictException("交易号已存在 (transaction_id already recorded)")
                    : new ConflictException("付款记录冲突，请重试 (conflicting payment, retry)"));
        }
    }

    private Optional<Created> replay(String creator, String key, String hash) {
        return tx.execute(st -> replayed(creator, key, hash));
    }

    /** The payment an earlier request with this key created (409 when its body differed), in the caller's transaction. */
    private Optional<Created> replayed(String creator, String key, String hash) {
        return payments.findByCreatedByAndIdempotencyKey(creator, key).map(p -> {
            if (!p.getRequestHash().equals(hash)) {
                throw new ConflictException("Idempotency-Key 已用于另一个请求 (key reused with a different body)");
            }
            return new Created(PaymentResponse.of(p), false);
        });
    }

    private PaymentResponse insert(CreatePaymentRequest r, FinanceOrder order, String key, String hash,
                                   Caller caller) {
        if (!order.getCurrencyCode().equalsIgnoreCase(r.currencyCode())) {
            throw ValidationException.of("currency_code", "must be the order's currency " + order.getCurrencyCode());
        }
        if (r.transactionId() != null && payments.existsByTransactionId(r.transactionId())) {
            throw new ConflictException("交易号已存在 (transaction_id already recorded)");
        }
        if (r.paymentStageId() != null) {
            PaymentStage s = ledger.find(r.paymentStageId())
                    .filter(x -> x.getOrderId().equals(order.getId()))
                    .orElseThrow(() -> ValidationException.of("payment_stage_id", "is not a stage of this order"));
            if ("cancelled".equals(s.getStatus())) {
                throw new ConflictException("收款阶段已取消");
            }
            BigDecimal after = Payment.REFUND.equals(r.paymentType()) ? s.getPaidAmount().subtract(r.amount())
                    : s.getPaidAmount().add(r.amount());
            if (after.signum() < 0) {
                throw new ConflictException("退款金额超过已收金额 (refund exceeds the stage's paid amount)");
            }
            if (after.compareTo(s.getAmount()) > 0 && !Boolean.TRUE.equals(r.allowOverpayment())) {
                throw new ConflictException("付款将超过阶段金额 (overpayment of the stage; FINANCE may allow it)");
            }
        }
        Payment p = new Payment();
        p.orderId = order.getId();
        p.paymentStageId = r.paymentStageId();
        p.paymentType = r.paymentType();
        p.amount = r.amount();
        p.currencyCode = order.getCurrencyCode();
        p.paymentMethod = r.paymentMethod();
        p.paymentDate = r.paymentDate();
        p.transactionId = r.transactionId();
        p.bankAccount = r.bankAccount();
        p.payerName = r.payerName();
        p.payerAccount = r.payerAccount();
        p.notes = r.notes();
        p.allowOverpayment = Boolean.TRUE.equals(r.allowOverpayment());
        p.idempotencyKey = key;
        p.requestHash = hash;
        p.createdBy = caller.userId();
        payments.saveAndFlush(p);
        return PaymentResponse.of(p, order);
    }

    @Transactional
    public PaymentResponse confirm(String id, LocalDateTime receivedAt, Caller caller) {
        // lock order everywhere: stage row first, then payment row
        List<Object[]> ref = payments.stageIdOf(id);
        if (ref.isEmpty()) {
            throw new NotFoundException("付款记录不存在");
        }
        String stageId = (String) ref.get(0)[1];
        PaymentStage stage = stageId == null ? null : ledger.lock(stageId).orElse(null);
        Payment p = payments.lockById(id).orElseThrow(() -> new NotFoundException("付款记录不存在"));
        if (!caller.sees(p.getOrder().getOrganizationId(), p.getOrder().getSalesUserId())) {
            throw new NotFoundException("付款记录不存在");
        }
        if (Payment.CONFIRMED.equals(p.getStatus())) {
            return PaymentResponse.of(p);
        }
        if (Payment.CANCELLED.equals(p.getStatus())) {
            throw new ConflictException("付款已取消，不能确认");
        }
        if (stage != null) {
            if ("cancelled".equals(stage.getStatus())) {
                throw new ConflictException("收款阶段已取消");
            }
            BigDecimal net = payments.confirmedNet(stage.getId());
            BigDecimal after = Payment.REFUND.equals(p.getPaymentType()) ? net.subtract(p.getAmount())
                    : net.add(p.getAmount());
            if (after.signum() < 0) {
                throw new ConflictException("退款金额超过已收金额 (refund exceeds the stage's paid amount)");
            }
            if (after.compareTo(stage.getAmount()) > 0 && !p.isAllowOverpayment()) {
                throw new ConflictException("付款将超过阶段金额 (overpayment of the stage; FINANCE may allow it)");
            }
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        p.status = Payment.CONFIRMED;
        p.confirmedBy = caller.userId();
        p.confirmedAt = now;
        p.receivedAt = receivedAt != null ? receivedAt : now;
        payments.flush();
        if (stage != null) {
            ledger.recompute(stage);
            ledger.flush();
        }
        metrics.confirmed(p.getCurrencyCode());
        BigDecimal signed = Payment.REFUND.equals(p.getPaymentType()) ? p.getAmount().negate() : p.getAmount();
        IntegrationEvents out = integrationEvents.getIfAvailable();
        if (out != null) {
            out.publish(new PaymentConfirmedV1(p.getId(), p.getOrderId(), p.getPaymentStageId(), p.getPaymentType(),
                    signed, p.getCurrencyCode(), p.getPaymentDate(), now, caller.userId()));
        }
        return PaymentResponse.of(p);
    }

    /** FINANCE/ADMIN, or the creator while the payment is pending; a confirmed payment is final (refund instead). */
    @Transactional
    public PaymentResponse cancel(String id, String reason, Caller caller) {
        Payment p = payments.lockById(id).orElseThrow(() -> new NotFoundException("付款记录不存在"));
        if (!caller.sees(p.getOrder().getOrganizationId(), p.getOrder().getSalesUserId())
                && !caller.userId().equals(p.getCreatedBy())) {
            throw new NotFoundException("付款记录不存在");
        }
        if (!caller.all() && !caller.userId().equals(p.getCreatedBy())) {
            throw new ForbiddenException("只有财务或创建人可以取消付款");
        }
        if (Payment.CANCELLED.equals(p.getStatus())) {
            return PaymentResponse.of(p);
        }
        if (Payment.CONFIRMED.equals(p.getStatus())) {
            throw new ConflictException("已确认的付款不能取消，请登记退款 (record a refund instead)");
        }
        p.cancel(caller.userId(), reason, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        payments.flush();
        return PaymentResponse.of(p);
    }

    @Transactional(readOnly = true)
    public PaymentResponse get(String id, Caller caller) {
        Payment p = payments.findById(id).orElseThrow(() -> new NotFoundException("付款记录不存在"));
        if (!caller.sees(p.getOrder().getOrganizationId(), p.getOrder().getSalesUserId())) {
            throw new NotFoundException("付款记录不存在");
        }
        return PaymentResponse.of(p);
    }

    @Transactional(readOnly = true)
    public ItemsPage<PaymentResponse> list(Filter f, PageQuery page, Caller caller) {
        Specification<Payment> spec = (root, q, cb) -> {
            List<Predicate> p = new ArrayList<>();
            var order = root.join("order");
            Predicate inScope = caller.orders(order, q, cb);
            if (inScope != null) {
                p.add(inScope);
            }
            eq(p, cb, root.get("orderId"), f.orderId());
            eq(p, cb, root.get("paymentStageId"), f.paymentStageId());
            eq(p, cb, root.get("status"), f.status());
            eq(p, cb, root.get("paymentType"), f.paymentType());
            eq(p, cb, root.get("paymentMethod"), f.paymentMethod());
            eq(p, cb, order.get("customerId"), f.customerId());
            if (f.dateFrom() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("paymentDate"), f.dateFrom()));
            }
            if (f.dateTo() != null) {
                p.add(cb.lessThanOrEqualTo(root.get("paymentDate"), f.dateTo()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        var result = payments.findAll(spec, page.toPageable(Sort.by(Sort.Order.desc("paymentDate"),
                Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        return ItemsPage.of(result, page, PaymentResponse::of);
    }

    private static void eq(List<Predicate> p, jakarta.persistence.criteria.CriteriaBuilder cb,
                           jakarta.persistence.criteria.Expression<?> path, String value) {
        if (value != null && !value.isBlank()) {
            p.add(cb.equal(path, value));
        }
    }

    /** Canonical form hashed for the idempotency check (amount at scale 2, currency upper-case). */
    private static CreatePaymentRequest normalise(CreatePaymentRequest r, Caller caller) {
        return new CreatePaymentRequest(r.orderId().trim(), blankToNull(r.paymentStageId()), r.paymentType(),
                r.amount().setScale(2, RoundingMode.HALF_UP), r.currencyCode().trim().toUpperCase(),
                r.paymentMethod(), r.paymentDate(), blankToNull(r.transactionId()), r.bankAccount(), r.payerName(),
                r.payerAccount(), r.notes(), caller.all() && Boolean.TRUE.equals(r.allowOverpayment()));
    }

    private String hash(CreatePaymentRequest r) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    json.writeValueAsString(r).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Transactional(readOnly = true)
    public ConfirmedTotals confirmedTotals(String orderId) {
        return new ConfirmedTotals(payments.countConfirmedByOrder(orderId),
                payments.confirmedNetByOrder(orderId).setScale(2, RoundingMode.HALF_UP));
    }
}

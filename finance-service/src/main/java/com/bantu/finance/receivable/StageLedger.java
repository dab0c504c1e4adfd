package com.bantu.finance.receivable;

import com.bantu.finance.payment.PaymentLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import com.bantu.common.events.IntegrationEvents;
import com.bantu.finance.internal.StagePaidV1;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Derives a stage's {@code paid_amount}, {@code remaining_amount}, {@code payment_status} and {@code status} from its
 * confirmed payments (receipts minus refunds). Called inside the transaction that changed a payment, with the stage
 * row locked ({@link PaymentStageRepository#lockById}), so two concurrent confirms on one stage serialize and each
 * sees the other's result. A stage that becomes paid announces {@code stage.paid} (outbox, same transaction) and
 * completes its open collection tasks. Other features reach stages through this service (never the repository).
 */
@Service
public class StageLedger {

    private final PaymentStageRepository stages;
    private final PaymentLedger payments;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<IntegrationEvents> integrationEvents;

    public StageLedger(PaymentStageRepository stages, PaymentLedger payments, ApplicationEventPublisher events,
                       ObjectProvider<IntegrationEvents> integrationEvents) {
        this.stages = stages;
        this.payments = payments;
        this.events = events;
        this.integrationEvents = integrationEvents;
    }

    public Optional<PaymentStage> find(String stageId) {
        return stages.findById(stageId);
    }

    /** The stage row-locked ({@code SELECT … FOR UPDATE}) until the caller's transaction ends. */
    public Optional<PaymentStage> lock(String stageId) {
        return stages.lockById(stageId);
    }

    /** The order's stages by number, row-locked until the caller's transaction ends. */
    public List<PaymentStage> lockOfOrder(String orderId) {
        return stages.lockByOrderId(orderId);
    }

    public void flush() {
        stages.flush();
    }

    public void recompute(PaymentStage s) {
        boolean wasPaid = "paid".equals(s.getStatus());
        BigDecimal paid = payments.confirmedNet(s.getId()).setScale(2, RoundingMode.HALF_UP);
        s.paidAmount = paid;
        s.remainingAmount = s.getAmount().subtract(paid);
        boolean fullyPaid = paid.signum() > 0 && paid.compareTo(s.getAmount()) >= 0;
        if (fullyPaid) {
            s.paymentStatus = "paid";
        } else if (paid.signum() > 0) {
            s.paymentStatus = "partial";
        } else if (payments.confirmedRefundCount(s.getId()) > 0) {
            s.paymentStatus = "refunded";
        } else {
            s.paymentStatus = "unpaid";
        }
        if ("cancelled".equals(s.getStatus())) {
            return;
        }
        s.status = derivedStatus(s, fullyPaid, paid, LocalDate.now());
        if (fullyPaid && !wasPaid) {
            s.actualPaymentDate = LocalDate.now();
            events.publishEvent(new StageEvent(s.getId(), s.getOrderId(), StageEvent.Kind.PAID));
            IntegrationEvents out = integrationEvents.getIfAvailable();
            if (out != null) {
                out.publish(new StagePaidV1(s.getId(), s.getOrderId(), s.getStageNumber(), s.getAmount(), paid,
                        s.getCurrencyCode(), s.getActualPaymentDate()));
            }
        } else if (!fullyPaid) {
            s.actualPaymentDate = null;
        }
    }

    static String derivedStatus(PaymentStage s, boolean fullyPaid, BigDecimal paid, LocalDate today) {
        if (fullyPaid) {
            return "paid";
        }
        if (s.getDueDate() != null && s.getDueDate().isBefore(today)) {
            return "overdue";
        }
        return paid.signum() > 0 ? "partial" : "pending";
    }
}

package com.bantu.finance.payment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the other features ask about the payments of a stage (the receivable ledger, stage cancellation, business'
 * order events), so that only the payment feature reads its repository. Every method runs in the caller's
 * transaction.
 */
@Service
public class PaymentLedger {

    private final PaymentRepository payments;

    public PaymentLedger(PaymentRepository payments) {
        this.payments = payments;
    }

    /** Confirmed receipts minus confirmed refunds of the stage. */
    public BigDecimal confirmedNet(String stageId) {
        return payments.confirmedNet(stageId);
    }

    public long confirmedCount(String stageId) {
        return payments.countConfirmedByStage(stageId);
    }

    public long confirmedRefundCount(String stageId) {
        return payments.countConfirmedRefundsByStage(stageId);
    }

    /** Payments of the stage that are pending or confirmed. */
    public long liveCount(String stageId) {
        return payments.countOpenByStage(stageId);
    }

    /** The stage's payments, newest first. */
    public List<PaymentResponse> ofStage(String stageId) {
        return payments.findByPaymentStageIdOrderByCreatedAtDesc(stageId).stream().map(PaymentResponse::of).toList();
    }

    /** Cancels the stage's pending payments (the stage itself is being cancelled). */
    public void cancelPendingOfStage(String stageId, String actor, String reason, LocalDateTime at) {
        for (Payment p : payments.findByPaymentStageIdOrderByCreatedAtDesc(stageId)) {
            if (Payment.PENDING.equals(p.getStatus())) {
                p.cancel(actor, reason, at);
            }
        }
    }
}

package com.bantu.business.opportunity;

import com.bantu.business.internal.PaymentPlanHandedOverV1;
import com.bantu.business.order.Order;
import com.bantu.common.events.IntegrationEvents;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Hands an opportunity's payment plan over to finance when it becomes an order (inside that transaction, through
 * the outbox); finance turns the stages into the order's receivables, idempotent on the order id.
 */
@Component
public class OpportunityEvents {

    private final IntegrationEvents events;

    public OpportunityEvents(IntegrationEvents events) {
        this.events = events;
    }

    public void planHandedOver(Order order, String opportunityId, List<OpportunityPaymentStage> plan) {
        events.publish(new PaymentPlanHandedOverV1(order.getId(), order.getOrderNumber(), opportunityId,
                order.getCurrencyCode(), order.getFinalAmount(), plan.stream()
                .map(s -> new PaymentPlanHandedOverV1.Stage(s.stageNumber, s.stageName, s.amount, s.dueDate,
                        s.paymentTrigger)).toList()));
    }
}

package com.bantu.business.internal;

import com.bantu.business.order.OrderService;
import com.bantu.common.events.EventEnvelope;
import com.bantu.common.events.IntegrationEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events business-service consumes (common-lib's {@code POST /internal/events} runs each handler in one
 * transaction with the inbox row, so a repeated event has no effect). Handlers are order-tolerant: an outcome for an
 * order that has moved on, or no longer exists, is acknowledged without effect rather than retried forever.
 */
@Configuration(proxyBeanMethods = false)
public class EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(EventHandlers.class);

    @Bean
    IntegrationEventHandler<ApprovalResultV1> approvalApproved(OrderService orders) {
        return approval("approval.approved", "approved", orders);
    }

    @Bean
    IntegrationEventHandler<ApprovalResultV1> approvalRejected(OrderService orders) {
        return approval("approval.rejected", "rejected", orders);
    }

    /** A cancelled approval process (e.g. its definition withdrawn) leaves a submitted order unapprovable: cancel it. */
    @Bean
    IntegrationEventHandler<ApprovalResultV1> approvalCancelled(OrderService orders) {
        return approval("approval.cancelled", "rejected", orders);
    }

    @Bean
    IntegrationEventHandler<PaymentConfirmedV1> paymentConfirmed(OrderService orders) {
        return new IntegrationEventHandler<>() {
            @Override
            public String type() {
                return "payment.confirmed";
            }

            @Override
            public Class<PaymentConfirmedV1> payloadType() {
                return PaymentConfirmedV1.class;
            }

            @Override
            public void handle(PaymentConfirmedV1 p, EventEnvelope envelope) {
                orders.paymentConfirmed(p.orderId(), p.amount());
            }
        };
    }

    private static IntegrationEventHandler<ApprovalResultV1> approval(String type, String outcome,
                                                                      OrderService orders) {
        return new IntegrationEventHandler<>() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Class<ApprovalResultV1> payloadType() {
                return ApprovalResultV1.class;
            }

            @Override
            public void handle(ApprovalResultV1 p, EventEnvelope envelope) {
                String orderId = p.order();
                if (orderId == null) {
                    return;
                }
                boolean changed = orders.approvalEvent(orderId, outcome, p.actorId(), p.comment());
                log.debug("[EventHandlers] {} {} for order {}: {}", type, envelope.id(), orderId,
                        changed ? "applied" : "no change");
            }
        };
    }
}

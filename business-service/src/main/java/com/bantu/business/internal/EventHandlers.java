package com.bantu.business.internal;

import com.bantu.business.customer.CustomerReplica;
import com.bantu.business.notification.NotificationService;
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

    /**
     * An approval review left open past its due date: a notification for the user who claimed it, or for every
     * holder of its candidate group (a role notification, see NotificationService).
     */
    @Bean
    IntegrationEventHandler<ApprovalOverdueV1> approvalOverdue(NotificationService notifications) {
        return new IntegrationEventHandler<>() {
            @Override
            public String type() {
                return "approval.overdue";
            }

            @Override
            public Class<ApprovalOverdueV1> payloadType() {
                return ApprovalOverdueV1.class;
            }

            @Override
            public void handle(ApprovalOverdueV1 p, EventEnvelope envelope) {
                String subject = p.orderNumber() != null ? "订单 " + p.orderNumber() : "审批 " + p.instanceId();
                String title = "审批已超时";
                String content = subject + " 的审批已超过期限，请尽快处理";
                String resourceType = p.businessType() == null ? "order" : p.businessType();
                if (p.assigneeId() != null && !p.assigneeId().isBlank()) {
                    notifications.notify(p.assigneeId(), "approval_overdue", title, content, resourceType,
                            p.businessId());
                } else if (p.candidateGroup() != null && !p.candidateGroup().isBlank()) {
                    notifications.notifyRole(p.candidateGroup(), "approval_overdue", title, content, resourceType,
                            p.businessId());
                } else {
                    log.warn("[EventHandlers] approval.overdue {} names nobody to notify", envelope.id());
                }
            }
        };
    }

    /** service-management's customer changes, into the replica orders and opportunities read customers from. */
    @Bean
    IntegrationEventHandler<CustomerChangedV1> customerChanged(CustomerReplica customers) {
        return new IntegrationEventHandler<>() {
            @Override
            public String type() {
                return "customer.changed";
            }

            @Override
            public Class<CustomerChangedV1> payloadType() {
                return CustomerChangedV1.class;
            }

            @Override
            public void handle(CustomerChangedV1 p, EventEnvelope envelope) {
                if (p.id() == null || p.id().isBlank()) {
                    log.warn("[EventHandlers] customer.changed {} names no customer", envelope.id());
                    return;
                }
                customers.apply(p.id(), p.name(), p.level(), p.ownerUserId(), p.active(), p.version());
            }
        };
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

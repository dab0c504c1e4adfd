package com.bantu.workflow.internal;

import com.bantu.common.events.EventEnvelope;
import com.bantu.common.events.IntegrationEventHandler;
import com.bantu.workflow.instance.InstanceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events this service consumes (common-lib's {@code POST /internal/events} runs each handler in one transaction
 * with the inbox row, so a repeated event id has no effect):
 * <ul>
 *   <li>{@code order.submitted}: starts {@code order_approval} for the order, idempotently (a running approval of
 *       the order is left as it is), unless the order was cancelled already: events are not ordered, and a
 *       cancellation that overtook its submission must not leave an approval behind (a cancelled order is final);</li>
 *   <li>{@code order.cancelled}: remembers the cancellation and cancels the order's running approval, if any,
 *       without announcing it back.</li>
 * </ul>
 * Both take the order's {@link OrderMarks} row lock first, so the two events of one order are applied one after the
 * other even when they arrive together.
 */
@Configuration(proxyBeanMethods = false)
public class OrderEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(OrderEventHandlers.class);

    @Bean
    IntegrationEventHandler<OrderSubmittedV1> orderSubmitted(InstanceService instances, OrderMarks marks) {
        return new IntegrationEventHandler<>() {
            @Override
            public String type() {
                return OrderSubmittedV1.TYPE;
            }

            @Override
            public Class<OrderSubmittedV1> payloadType() {
                return OrderSubmittedV1.class;
            }

            @Override
            public void handle(OrderSubmittedV1 p, EventEnvelope envelope) {
                if (p.orderId() != null && marks.lockCancelled(p.orderId())) {
                    log.info("[OrderEvents] order {} was cancelled before its submission arrived: no approval",
                            p.orderId());
                    return;
                }
                instances.startForOrder(p);
            }
        };
    }

    @Bean
    IntegrationEventHandler<OrderCancelledV1> orderCancelled(InstanceService instances, OrderMarks marks) {
        return new IntegrationEventHandler<>() {
            @Override
            public String type() {
                return OrderCancelledV1.TYPE;
            }

            @Override
            public Class<OrderCancelledV1> payloadType() {
                return OrderCancelledV1.class;
            }

            @Override
            public void handle(OrderCancelledV1 p, EventEnvelope envelope) {
                if (p.orderId() != null && !p.orderId().isBlank()) {
                    marks.markCancelled(p.orderId());
                }
                instances.cancelForOrder(p.orderId(), p.actorId());
            }
        };
    }
}

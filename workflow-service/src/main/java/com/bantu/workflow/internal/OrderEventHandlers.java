package com.bantu.workflow.internal;

import com.bantu.common.events.EventEnvelope;
import com.bantu.common.events.IntegrationEventHandler;
import com.bantu.workflow.instance.InstanceService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events this service consumes (common-lib's {@code POST /internal/events} runs each handler in one transaction
 * with the inbox row, so a repeated event id has no effect):
 * <ul>
 *   <li>{@code order.submitted}: starts {@code order_approval} for the order, idempotently (a running approval of
 *       the order is left as it is);</li>
 *   <li>{@code order.cancelled}: cancels the order's running approval, if any, without announcing it back.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class OrderEventHandlers {

    @Bean
    IntegrationEventHandler<OrderSubmittedV1> orderSubmitted(InstanceService instances) {
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
                instances.startForOrder(p);
            }
        };
    }

    @Bean
    IntegrationEventHandler<OrderCancelledV1> orderCancelled(InstanceService instances) {
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
                instances.cancelForOrder(p.orderId(), p.actorId());
            }
        };
    }
}

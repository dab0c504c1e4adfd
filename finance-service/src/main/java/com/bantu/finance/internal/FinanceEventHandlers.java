package com.bantu.finance.internal;

import com.bantu.common.events.EventEnvelope;
import com.bantu.common.events.IntegrationEventHandler;
import com.bantu.finance.internal.BusinessEvents.OrderCancelledV1;
import com.bantu.finance.internal.BusinessEvents.OrderCompletedV1;
import com.bantu.finance.internal.BusinessEvents.OrderFactsV1;
import com.bantu.finance.internal.BusinessEvents.OrderStageCompletedV1;
import com.bantu.finance.internal.BusinessEvents.PlanHandedOverV1;
import java.util.function.BiConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events finance consumes from business-service, delivered to common-lib's {@code POST /internal/events}
 * (service tokens only; each handled once, in one transaction with the inbox row). Effects: {@link OrderEvents}.
 */
@Configuration(proxyBeanMethods = false)
public class FinanceEventHandlers {

    @Bean
    IntegrationEventHandler<OrderFactsV1> orderSubmitted(OrderEvents events) {
        return handler("order.submitted", OrderFactsV1.class, (e, env) -> events.orderFacts(e));
    }

    @Bean
    IntegrationEventHandler<PlanHandedOverV1> planHandedOver(OrderEvents events) {
        return handler("order.plan_handed_over", PlanHandedOverV1.class, (e, env) -> events.planHandedOver(e));
    }

    @Bean
    IntegrationEventHandler<OrderCompletedV1> orderCompleted(OrderEvents events) {
        return handler("order.completed", OrderCompletedV1.class,
                (e, env) -> events.completed(e.orderId(), e.completedOn()));
    }

    @Bean
    IntegrationEventHandler<OrderStageCompletedV1> orderStageCompleted(OrderEvents events) {
        return handler("stage.completed", OrderStageCompletedV1.class,
                (e, env) -> events.stageCompleted(e.orderId(), e.stageCode()));
    }

    @Bean
    IntegrationEventHandler<OrderCancelledV1> orderCancelled(OrderEvents events) {
        return handler("order.cancelled", OrderCancelledV1.class, (e, env) -> events.cancelled(e.orderId()));
    }

    private static <T> IntegrationEventHandler<T> handler(String type, Class<T> payload,
                                                         BiConsumer<T, EventEnvelope> effect) {
        return new IntegrationEventHandler<>() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Class<T> payloadType() {
                return payload;
            }

            @Override
            public void handle(T p, EventEnvelope envelope) {
                effect.accept(p, envelope);
            }
        };
    }
}

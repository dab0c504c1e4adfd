package com.bantu.common.events;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The per-consumer delivery pools as metrics, tag {@code consumer} (the target service's name in the routes):
 * {@code bantu_events_delivery_queued} (deliveries waiting for a thread of that consumer's pool),
 * {@code bantu_events_delivery_active} (in progress) and {@code bantu_events_delivery_rejected_total} (refused
 * because its queue was full; they stay in the outbox). A consumer whose queue grows while the others stay at 0 is
 * the slow one.
 */
public class EventDeliveryMetrics implements MeterBinder {

    private final EventDeliveryPools pools;

    public EventDeliveryMetrics(EventDeliveryPools pools) {
        this.pools = pools;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        pools.onConsumer(consumer -> {
            Gauge.builder("bantu.events.delivery.queued", pools, p -> p.queued(consumer))
                    .tag("consumer", consumer)
                    .description("Event deliveries waiting for a thread of the consumer's pool")
                    .register(registry);
            Gauge.builder("bantu.events.delivery.active", pools, p -> p.active(consumer))
                    .tag("consumer", consumer)
                    .description("Event deliveries to the consumer in progress")
                    .register(registry);
            FunctionCounter.builder("bantu.events.delivery.rejected", pools, p -> p.rejected(consumer))
                    .tag("consumer", consumer)
                    .description("Event deliveries refused because the consumer's queue was full (left in the outbox)")
                    .register(registry);
        });
    }
}

package com.bantu.business.order;

import com.bantu.common.metrics.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The business counter of this service: {@code bantu.orders.placed} (Prometheus {@code bantu_orders_placed_total}),
 * orders created, counted when the transaction that inserted the order commits, so a rolled-back insert (an
 * order-number collision retried, a failed item) is never counted. Orders made from an opportunity count too. Not
 * "created": the Prometheus client drops a {@code _created} suffix (reserved for a counter's creation time), so
 * {@code bantu.orders.created} would be exported as {@code bantu_orders_total}.
 */
@Component
public class OrderMetrics {

    public static final String ORDERS_PLACED = "bantu.orders.placed";

    private final Counter created;

    public OrderMetrics(MeterRegistry registry) {
        this.created = Counter.builder(ORDERS_PLACED).description("Orders created (counted after the commit)")
                .register(registry);
    }

    /** Called inside the inserting transaction; counts the order once that transaction commits. */
    void created() {
        AfterCommit.run(created::increment);
    }
}

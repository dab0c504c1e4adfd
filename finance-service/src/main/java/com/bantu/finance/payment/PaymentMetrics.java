package com.bantu.finance.payment;

import com.bantu.common.metrics.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code bantu.payments.confirmed} (Prometheus {@code bantu_payments_confirmed_total{currency}}): payments (receipts
 * and refunds) moved to confirmed, counted when the confirming transaction commits; a repeated confirm of a
 * confirmed payment changes nothing and is not counted. The series of the base currency (IDR) and of the orders'
 * default currency (CNY) exist from start-up at 0, so Prometheus' {@code increase()} also sees their first payment;
 * another currency's series appears with its first confirmation.
 */
@Component
public class PaymentMetrics {

    public static final String PAYMENTS_CONFIRMED = "bantu.payments.confirmed";

    private final MeterRegistry registry;

    public PaymentMetrics(MeterRegistry registry) {
        this.registry = registry;
        counter("IDR");
        counter("CNY");
    }

    private Counter counter(String currency) {
        return Counter.builder(PAYMENTS_CONFIRMED).tag("currency", currency)
                .description("Payments confirmed (counted after the commit)").register(registry);
    }

    /** Called inside the confirming transaction. */
    void confirmed(String currency) {
        AfterCommit.run(counter(currency)::increment);
    }
}

package com.bantu.business.order;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What finance-service reported about an order's payments (its "payment confirmed" event): business never reads
 * finance's schema, it keeps the fact it was told. An order with a confirmed payment cannot be deleted or cancelled.
 */
@Entity
@Table(name = "order_payment_facts")
public class PaymentFacts {

    @Id
    String orderId;
    int confirmedCount;
    BigDecimal paidTotal;
    LocalDateTime updatedAt;

    protected PaymentFacts() {
    }

    public PaymentFacts(String orderId) {
        this.orderId = orderId;
        this.paidTotal = BigDecimal.ZERO;
    }

    /** Records one more confirmed payment of {@code amount}. */
    public void confirmed(BigDecimal amount) {
        confirmedCount++;
        paidTotal = paidTotal.add(amount == null ? BigDecimal.ZERO : amount);
        updatedAt = LocalDateTime.now().withNano(0);
    }
}

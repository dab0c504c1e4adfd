package com.bantu.business.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OrderCountsTest {

    @Test
    void aTotalIsReusedUntilAnOrderIsWrittenOrItExpires() throws Exception {
        OrderCounts counts = new OrderCounts(Duration.ofMillis(300));
        AtomicLong queries = new AtomicLong();
        assertThat(counts.total("k", () -> queries.incrementAndGet() * 10)).isEqualTo(10);
        assertThat(counts.total("k", () -> queries.incrementAndGet() * 10)).as("cached").isEqualTo(10);
        assertThat(counts.total("other", () -> 7)).as("per key").isEqualTo(7);
        new OrderCounts.Listener().changed(null);
        assertThat(counts.total("k", () -> queries.incrementAndGet() * 10)).as("an order was written").isEqualTo(20);
        Thread.sleep(350);
        assertThat(counts.total("k", () -> queries.incrementAndGet() * 10)).as("expired").isEqualTo(30);
    }
}

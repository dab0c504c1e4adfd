package com.bantu.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InProcessRateLimiterTest {

    @Test
    void bucketEmptiesAndRefills() throws InterruptedException {
        // 4 tokens/s: the empty bucket needs 2.5 s to hold 10 again, so a loaded machine's pauses between the calls
        // below cannot refill it (at 20 tokens/s a 0.5 s pause did, and the test failed under load); the calls also
        // run back to back and are asserted afterwards (loading AssertJ between them can take a while)
        InProcessRateLimiter limiter = new InProcessRateLimiter(4, 20);
        long first = limiter.tryAcquire("a", 10);
        long second = limiter.tryAcquire("a", 10);
        long third = limiter.tryAcquire("a", 10);
        long otherKey = limiter.tryAcquire("b", 10);
        assertThat(first).isGreaterThanOrEqualTo(0);
        assertThat(second).isGreaterThanOrEqualTo(0);
        assertThat(third).isEqualTo(-1);
        assertThat(otherKey).as("keys are independent").isEqualTo(10);
        Thread.sleep(2_600);
        assertThat(limiter.tryAcquire("a", 10)).as("4 tokens/s refill").isGreaterThanOrEqualTo(0);
    }

    @Test
    void idleFullBucketsAreEvictedWhenTheMapIsFull() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(1_000_000, 1);
        for (int i = 0; i < InProcessRateLimiter.MAX_KEYS + 10; i++) {
            limiter.tryAcquire("k" + i, 1);
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(InProcessRateLimiter.MAX_KEYS);
    }
}

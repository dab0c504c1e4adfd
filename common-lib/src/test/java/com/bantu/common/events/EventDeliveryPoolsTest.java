package com.bantu.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-consumer pools on their own: separate threads per consumer, a full queue refused and counted. */
class EventDeliveryPoolsTest {

    private final EventDeliveryPools pools = new EventDeliveryPools(new EventsProperties.Delivery(1, 1),
            List.of("business", "foundation"));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        pools.destroy();
    }

    private static OutgoingEvent event(String target) {
        return new OutgoingEvent("e-" + target, "t.x", 1, "test", Instant.now(), "{}", target);
    }

    private Runnable blocked(CountDownLatch started) {
        return () -> {
            started.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Test
    void aBlockedConsumerFillsOnlyItsOwnPoolAndAFullQueueIsRefusedAndCounted() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new EventDeliveryMetrics(pools).bindTo(registry);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Void> first = pools.submit(event("foundation"), blocked(started));
        assertThat(started.await(30, TimeUnit.SECONDS)).as("the first delivery runs").isTrue();
        CompletableFuture<Void> queued = pools.submit(event("foundation"), blocked(new CountDownLatch(1)));
        CompletableFuture<Void> refused = pools.submit(event("foundation"), () -> { });

        // the third one found foundation's single thread busy and its queue (1) full: failed at once
        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(refused::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(EventDeliveryException.class)
                .hasMessageContaining("the delivery queue of foundation is full");
        assertThat(pools.rejected("foundation")).isEqualTo(1);
        assertThat(registry.get("bantu.events.delivery.rejected").tag("consumer", "foundation").functionCounter()
                .count()).isEqualTo(1.0);
        assertThat(registry.get("bantu.events.delivery.active").tag("consumer", "foundation").gauge().value())
                .isEqualTo(1.0);
        assertThat(registry.get("bantu.events.delivery.queued").tag("consumer", "foundation").gauge().value())
                .isEqualTo(1.0);

        // business has its own thread: delivered while foundation's are still held
        pools.submit(event("business"), () -> { }).get(30, TimeUnit.SECONDS);
        assertThat(registry.get("bantu.events.delivery.queued").tag("consumer", "business").gauge().value())
                .isZero();
        assertThat(first).isNotDone();
        assertThat(queued).isNotDone();

        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        queued.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aFailedDeliveryFailsTheFutureWithTheEventNamed() {
        CompletableFuture<Void> failed = pools.submit(event("business"), () -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(EventDeliveryException.class)
                .hasMessageContaining("t.x e-business to business not delivered (IllegalStateException: boom)");
        // stack-free, and not wrapped again by the futures that follow it (Modulith's completion stages)
        assertThat(failed.thenApply(v -> v)).failsWithin(java.time.Duration.ofSeconds(30))
                .withThrowableOfType(ExecutionException.class).havingCause()
                .isInstanceOf(EventDeliveryException.class);
    }

    @Test
    void aConsumerNotRoutedAtStartUpGetsItsPoolOnFirstUseAndItsMetrics() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new EventDeliveryMetrics(pools).bindTo(registry);
        assertThat(pools.consumers()).containsExactly("business", "foundation");
        pools.submit(event("finance"), () -> { }).get(30, TimeUnit.SECONDS);
        assertThat(pools.consumers()).containsExactly("business", "finance", "foundation");
        assertThat(registry.get("bantu.events.delivery.queued").tag("consumer", "finance").gauge().value()).isZero();
    }
}

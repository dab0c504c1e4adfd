package com.bantu.common.events;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The per-consumer bulkheads of event delivery: every consumer service gets its own Resilience4j
 * {@link ThreadPoolBulkhead} ({@code bantu.events.delivery.threads} threads, default 2, and a queue of
 * {@code queue-capacity}, default 10 000). A slow consumer (answering just under its read timeout, or not at all
 * until the timeout) therefore only holds its own threads and only delays its own events; the events of every other
 * consumer keep their threads. When a consumer's queue is full the delivery fails at once and stays in the outbox
 * for the resubmission (counted in {@code bantu_events_delivery_rejected_total}).
 * <p>
 * Pools are made for every consumer named in {@code bantu.events.routes} at start-up, and on first use for any other
 * (a row stored under an older route). Threads are named {@code bulkhead-events-<consumer>-N}.
 */
public class EventDeliveryPools implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventDeliveryPools.class);

    private record Lane(ThreadPoolBulkhead bulkhead, AtomicLong rejected, AtomicBoolean full) {
    }

    private final ThreadPoolBulkheadConfig config;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param settings  threads and queue capacity, each per consumer
     * @param consumers the consumers known at start-up (the routes' targets), whose pools exist from the start
     */
    public EventDeliveryPools(EventsProperties.Delivery settings, Collection<String> consumers) {
        int threads = Math.max(1, settings.threads());
        this.config = ThreadPoolBulkheadConfig.custom()
                .maxThreadPoolSize(threads)
                .coreThreadPoolSize(threads)
                .queueCapacity(Math.max(0, settings.queueCapacity()))
                .keepAliveDuration(Duration.ofSeconds(60))
                .writableStackTraceEnabled(false)
                .build();
        consumers.forEach(this::lane);
    }

    /**
     * Runs {@code delivery} on the pool of {@code event.target()}. The future completes when the delivery has
     * succeeded, or fails with an {@link EventDeliveryException} when it threw or the consumer's queue was full.
     */
    public CompletableFuture<Void> submit(OutgoingEvent event, Runnable delivery) {
        Lane lane = lane(event.target());
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            lane.bulkhead().submit(() -> {
                try {
                    delivery.run();
                    done.complete(null);
                } catch (EventDeliveryException e) {
                    done.completeExceptionally(e);
                } catch (RuntimeException e) {
                    done.completeExceptionally(new EventDeliveryException(event, e));
                }
            });
            if (lane.full().compareAndSet(true, false)) {
                log.info("[EventDelivery] the delivery queue of {} takes events again", event.target());
            }
        } catch (BulkheadFullException e) {
            lane.rejected().incrementAndGet();
            if (lane.full().compareAndSet(false, true)) {
                log.warn("[EventDelivery] the delivery queue of {} is full ({} waiting): its events stay in the "
                        + "outbox for the resubmission", event.target(), queued(event.target()));
            }
            done.completeExceptionally(new EventDeliveryException(event, "the delivery queue of "
                    + event.target() + " is full"));
        }
        return done;
    }

    /** The consumers that have a pool, in name order. */
    public Set<String> consumers() {
        return new TreeSet<>(lanes.keySet());
    }

    /** Deliveries to {@code consumer} waiting for one of its threads. */
    public int queued(String consumer) {
        Lane lane = lanes.get(consumer);
        return lane == null ? 0 : lane.bulkhead().getMetrics().getQueueDepth();
    }

    /** Deliveries to {@code consumer} in progress (threads of its pool busy). */
    public int active(String consumer) {
        Lane lane = lanes.get(consumer);
        return lane == null ? 0 : lane.bulkhead().getMetrics().getActiveThreadCount();
    }

    /** Deliveries to {@code consumer} refused because its queue was full, since start-up. */
    public long rejected(String consumer) {
        Lane lane = lanes.get(consumer);
        return lane == null ? 0 : lane.rejected().get();
    }

    /** Calls {@code listener} for every consumer that has a pool now, and for each one that gets a pool later. */
    public void onConsumer(Consumer<String> listener) {
        listeners.add(listener);
        consumers().forEach(listener);
    }

    private Lane lane(String consumer) {
        Lane lane = lanes.get(consumer);
        if (lane != null) {
            return lane;
        }
        boolean[] created = {false};
        lane = lanes.computeIfAbsent(consumer, c -> {
            created[0] = true;
            return new Lane(ThreadPoolBulkhead.of("events-" + c, config), new AtomicLong(), new AtomicBoolean());
        });
        if (created[0]) {
            listeners.forEach(l -> l.accept(consumer));
        }
        return lane;
    }

    /**
     * Stops taking deliveries and lets each pool finish what it runs and holds, for up to 5 s per busy pool (what is
     * left stays in the outbox and is resubmitted after {@code stale-after}).
     */
    @Override
    public void destroy() {
        lanes.values().forEach(lane -> {
            try {
                lane.bulkhead().close();
            } catch (Exception e) {
                log.debug("[EventDelivery] closing {}: {}", lane.bulkhead().getName(), e.toString());
            }
        });
    }
}

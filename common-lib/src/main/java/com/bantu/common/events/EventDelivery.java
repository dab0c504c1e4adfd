package com.bantu.common.events;

import java.util.concurrent.CompletableFuture;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The outbox listener: after the producing transaction commits (and on every resubmission) Spring Modulith calls
 * {@link #deliver}, which only hands the delivery to the pool of its consumer ({@link EventDeliveryPools}) and
 * returns its future. Modulith marks the publication completed when that future completes, and failed (left in
 * {@code EVENT_PUBLICATION} for the next resubmission) when it fails. No database transaction is open during the
 * HTTP call, and a slow consumer holds only its own pool.
 */
public class EventDelivery {

    /** Stable listener id stored with every outbox row (a renamed class must not orphan pending rows). */
    public static final String LISTENER_ID = "bantu-events-delivery";

    private final EventSender sender;
    private final EventDeliveryPools pools;

    public EventDelivery(EventSender sender, EventDeliveryPools pools) {
        this.sender = sender;
        this.pools = pools;
    }

    @TransactionalEventListener(id = EventDelivery.LISTENER_ID)
    public CompletableFuture<Void> deliver(OutgoingEvent event) {
        return pools.submit(event, () -> sender.send(event));
    }
}

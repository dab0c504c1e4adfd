package com.bantu.common.events;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The outbox listener: after the producing transaction commits (and on every resubmission) Spring Modulith calls
 * {@link #deliver} on the delivery pool; returning normally completes the publication, throwing leaves it failed in
 * {@code EVENT_PUBLICATION} for the next resubmission. No database transaction is open during the HTTP call.
 */
public class EventDelivery {

    static final String EXECUTOR = "bantuEventDeliveryExecutor";
    /** Stable listener id stored with every outbox row (a renamed class must not orphan pending rows). */
    public static final String LISTENER_ID = "bantu-events-delivery";

    private final EventSender sender;

    public EventDelivery(EventSender sender) {
        this.sender = sender;
    }

    @Async(EXECUTOR)
    @TransactionalEventListener(id = EventDelivery.LISTENER_ID)
    public void deliver(OutgoingEvent event) {
        sender.send(event);
    }
}

package com.bantu.common.events;

import java.util.concurrent.CompletionException;

/**
 * A delivery that did not reach a 2xx. Carries no stack trace: the cause is named in the message, and the failure is
 * routine (the publication stays in the outbox and is resubmitted with back-off). A {@link CompletionException}, so
 * the future of a delivery ({@link EventDelivery#deliver}) passes it on as it is instead of wrapping it in one.
 */
public class EventDeliveryException extends CompletionException {

    public EventDeliveryException(OutgoingEvent event, Throwable cause) {
        this(event, describe(cause));
    }

    /** Not delivered for {@code reason} (e.g. the consumer's delivery queue is full). */
    public EventDeliveryException(OutgoingEvent event, String reason) {
        super("event " + event.type() + " " + event.id() + " to " + event.target() + " not delivered ("
                + reason + "); it stays in the outbox and is retried", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    private static String describe(Throwable t) {
        if (t instanceof com.bantu.common.internal.InternalCallException e) {
            return e.reason();
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}

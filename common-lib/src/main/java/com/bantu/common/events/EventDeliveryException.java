package com.bantu.common.events;

/**
 * A delivery that did not reach a 2xx. Carries no stack trace: the cause is named in the message, and the failure is
 * routine (the publication stays in the outbox and is resubmitted with back-off).
 */
public class EventDeliveryException extends RuntimeException {

    public EventDeliveryException(OutgoingEvent event, Throwable cause) {
        super("event " + event.type() + " " + event.id() + " to " + event.target() + " not delivered ("
                + describe(cause) + "); it stays in the outbox and is retried", null, false, false);
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

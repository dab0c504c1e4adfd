package com.bantu.common.events;

/**
 * A cross-service event payload. Payload classes are versioned records kept in the producer's {@code internal}
 * package (e.g. {@code OrderSubmittedV1}) and implement this interface; their components travel as snake_case JSON.
 */
public interface IntegrationEvent {

    /** Stable dotted name, e.g. {@code order.submitted}; consumers dispatch on it, routes are keyed by it. */
    String type();

    default int version() {
        return 1;
    }
}

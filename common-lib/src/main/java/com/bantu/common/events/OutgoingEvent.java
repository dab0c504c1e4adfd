package com.bantu.common.events;

import java.time.Instant;

/**
 * One delivery of one event to one consumer service, as stored in the outbox ({@code EVENT_PUBLICATION}, serialized
 * by Spring Modulith). An event routed to two services becomes two of these with the same {@code id}, so a failing
 * consumer is retried on its own. {@code payload} is the event's JSON text.
 */
public record OutgoingEvent(String id, String type, int version, String source, Instant occurredAt, String payload,
                            String target) {
}

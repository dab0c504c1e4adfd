package com.bantu.common.events;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * The sending side of {@link EventEnvelope}: the same JSON on the wire, but {@code payload} is JSON text
 * ({@link EventSender#payload}), written into the envelope as it is ({@link JsonRawValue}) instead of as a tree.
 */
record OutgoingEnvelope(String id, String type, int version, String source, Instant occurred_at,
                        @JsonRawValue String payload) {

    static OutgoingEnvelope of(OutgoingEvent event, String payload) {
        return new OutgoingEnvelope(event.id(), event.type(), event.version(), event.source(), event.occurredAt(),
                payload);
    }
}

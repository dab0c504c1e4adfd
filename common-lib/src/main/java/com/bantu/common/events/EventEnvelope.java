package com.bantu.common.events;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * What travels on the wire: {@code POST /internal/events} with header {@code Idempotency-Key} = {@code id}.
 * {@code source} is the producing service's name; {@code payload} is the event record as snake_case JSON.
 */
public record EventEnvelope(String id, String type, int version, String source, Instant occurred_at,
                            JsonNode payload) {
}

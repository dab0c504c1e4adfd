package com.bantu.common.events;

import com.bantu.common.internal.InternalApiClient;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one {@link OutgoingEvent} to its consumer: {@code POST /internal/events} of service {@code target} through
 * {@link InternalApiClient} (URL from {@code bantu.services.<target>.url}, service token with role SERVICE, 1 s
 * connect / 2 s read timeouts, one circuit breaker per target — settings under {@code bantu.internal.*}), with
 * header {@code Idempotency-Key} = event id. Anything but a 200 envelope, a timeout or an open circuit throws, which
 * leaves the outbox row failed for the resubmission.
 */
public class EventSender {

    private static final Logger log = LoggerFactory.getLogger(EventSender.class);
    public static final String PATH = "/internal/events";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final InternalApiClient client;
    private final JsonMapper json;

    public EventSender(InternalApiClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public void send(OutgoingEvent event) {
        EventEnvelope envelope = new EventEnvelope(event.id(), event.type(), event.version(), event.source(),
                event.occurredAt(), json.readTree(event.payload()));
        try {
            client.post(event.target(), PATH, envelope, Map.of(IDEMPOTENCY_KEY, event.id()), Void.class);
        } catch (RuntimeException e) {
            throw new EventDeliveryException(event, e);
        }
        log.debug("[EventSender] {} {} delivered to {}", event.type(), event.id(), event.target());
    }
}

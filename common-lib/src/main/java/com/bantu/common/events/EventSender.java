package com.bantu.common.events;

import com.bantu.common.internal.InternalApiClient;
import java.io.StringWriter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one {@link OutgoingEvent} to its consumer: {@code POST /internal/events} of service {@code target} through
 * {@link InternalApiClient} (URL from {@code bantu.services.<target>.url}, service token with role SERVICE, 1 s
 * connect / 2 s read timeouts, one circuit breaker per target — settings under {@code bantu.internal.*}), with
 * header {@code Idempotency-Key} = event id. Anything but a 200 envelope, a timeout or an open circuit throws, which
 * leaves the outbox row failed for the resubmission. The envelope ({@link EventEnvelope} on the wire) carries the
 * stored payload copied token by token ({@link OutgoingEnvelope}): no tree of it is built per delivery.
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
        try {
            client.post(event.target(), PATH, OutgoingEnvelope.of(event, payload(event.payload())),
                    Map.of(IDEMPOTENCY_KEY, event.id()), Void.class);
        } catch (RuntimeException e) {
            throw new EventDeliveryException(event, e);
        }
        log.debug("[EventSender] {} {} delivered to {}", event.type(), event.id(), event.target());
    }

    /**
     * The stored payload as the envelope carries it: token by token from the stored text to the JSON it is sent as,
     * written exactly as a tree of it would be (a decimal number as a double, as {@code readTree} reads it), without
     * building that tree. Must be one JSON value.
     */
    String payload(String stored) {
        StringWriter out = new StringWriter(stored.length() + 16);
        try (JsonParser parser = json.createParser(stored); JsonGenerator generator = json.createGenerator(out)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("empty event payload");
            }
            generator.copyCurrentStructure(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("event payload is more than one JSON value");
            }
        }
        return out.toString();
    }
}

package com.bantu.common.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Producer API. Call {@link #publish} inside the {@code @Transactional} write that the event describes: Spring
 * Modulith's event publication registry stores one outbox row per consumer in that same transaction, and after
 * commit {@link EventDelivery} sends it. A rollback leaves nothing behind; a failed delivery stays in the outbox and
 * is retried by {@link EventResubmission}.
 */
public class IntegrationEvents {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEvents.class);

    private final ApplicationEventPublisher publisher;
    private final EventsProperties props;
    private final JsonMapper json;
    private final String source;
    private final Set<String> unrouted = ConcurrentHashMap.newKeySet();

    public IntegrationEvents(ApplicationEventPublisher publisher, EventsProperties props, JsonMapper json,
                             String source) {
        this.publisher = publisher;
        this.props = props;
        this.json = json;
        this.source = source;
    }

    /**
     * Stores {@code event} for every consumer routed for its type ({@code bantu.events.routes.<type>}).
     *
     * @throws IllegalStateException outside a transaction (the outbox row must commit with the write)
     */
    public void publish(IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("IntegrationEvents.publish(" + event.type()
                    + ") must run inside the transaction of the write it describes");
        }
        List<String> targets = props.targets(event.type());
        if (targets.isEmpty()) {
            if (unrouted.add(event.type())) {
                log.warn("[IntegrationEvents] no consumer routed for event type {} (bantu.events.routes): not sent",
                        event.type());
            }
            return;
        }
        String id = UUID.randomUUID().toString();
        String payload = json.writeValueAsString(event);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (String target : targets) {
            publisher.publishEvent(new OutgoingEvent(id, event.type(), event.version(), source, now, payload, target));
        }
        log.debug("[IntegrationEvents] {} {} stored for {}", event.type(), id, targets);
    }
}

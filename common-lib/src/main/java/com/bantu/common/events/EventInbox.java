package com.bantu.common.events;

import com.bantu.common.error.ValidationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumer side: runs the handler for an incoming event inside ONE transaction that first inserts the event id into
 * {@code processed_events}. The primary key makes a repeated id — also two identical deliveries at the same moment,
 * the second waiting on the first's row lock — a no-op that is still acknowledged. An unknown type is acknowledged
 * and logged at WARN once per type.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    public enum Outcome { PROCESSED, DUPLICATE, UNKNOWN_TYPE }

    private final Map<String, IntegrationEventHandler<?>> handlers = new HashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Set<String> warnedTypes = ConcurrentHashMap.newKeySet();

    public EventInbox(List<IntegrationEventHandler<?>> handlers, JdbcTemplate jdbc, TransactionTemplate tx,
                      JsonMapper json) {
        for (IntegrationEventHandler<?> h : handlers) {
            IntegrationEventHandler<?> previous = this.handlers.put(h.type(), h);
            if (previous != null) {
                throw new IllegalStateException("Two IntegrationEventHandlers for event type " + h.type() + ": "
                        + previous.getClass().getName() + " and " + h.getClass().getName());
            }
        }
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    public Outcome receive(EventEnvelope envelope) {
        IntegrationEventHandler<?> handler = handlers.get(envelope.type());
        if (handler == null) {
            if (warnedTypes.add(envelope.type())) {
                log.warn("[EventInbox] no handler for event type {} (from {}): acknowledged and ignored",
                        envelope.type(), envelope.source());
            }
            return Outcome.UNKNOWN_TYPE;
        }
        return dispatch(handler, envelope);
    }

    private <T> Outcome dispatch(IntegrationEventHandler<T> handler, EventEnvelope envelope) {
        T payload;
        try {
            payload = json.treeToValue(envelope.payload(), handler.payloadType());
        } catch (JacksonException e) {
            throw ValidationException.of("payload", "does not map onto " + handler.payloadType().getSimpleName()
                    + ": " + e.getOriginalMessage());
        }
        Outcome outcome = tx.execute(status -> {
            try {
                jdbc.update("INSERT INTO processed_events (id, type, received_at) VALUES (?, ?, ?)",
                        envelope.id(), envelope.type(), Timestamp.from(Instant.now()));
            } catch (DuplicateKeyException duplicate) {
                status.setRollbackOnly();
                return Outcome.DUPLICATE;
            }
            handler.handle(payload, envelope);
            return Outcome.PROCESSED;
        });
        log.debug("[EventInbox] {} {} from {}: {}", envelope.type(), envelope.id(), envelope.source(), outcome);
        return outcome;
    }
}

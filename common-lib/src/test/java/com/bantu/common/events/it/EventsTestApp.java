package com.bantu.common.events.it;

import com.bantu.common.events.EventEnvelope;
import com.bantu.common.events.IntegrationEvent;
import com.bantu.common.events.IntegrationEventHandler;
import com.bantu.common.events.IntegrationEvents;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A producer and consumer in one: {@link Notes#add} writes a row and publishes an event in one transaction; the
 * handlers record each effect in {@code it_effects}. Routes send {@code it.note-added} back to this application
 * ("self") and {@code it.note-later} to "later", whose URL the test switches from a refusing port to this one.
 */
@SpringBootApplication
public class EventsTestApp {

    public record NoteAdded(String noteId, String text) implements IntegrationEvent {
        @Override
        public String type() {
            return "it.note-added";
        }
    }

    public record NoteLater(String noteId, String text) implements IntegrationEvent {
        @Override
        public String type() {
            return "it.note-later";
        }

        @Override
        public int version() {
            return 2;
        }
    }

    /** Published with a route, but no handler exists for it in the consumer. */
    public record NoteIgnored(String noteId) implements IntegrationEvent {
        @Override
        public String type() {
            return "it.note-ignored";
        }
    }

    public static class Notes {
        private final JdbcTemplate jdbc;
        private final IntegrationEvents events;

        public Notes(JdbcTemplate jdbc, IntegrationEvents events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        public String add(String text, IntegrationEvent event, boolean failAfterPublish) {
            String id = event instanceof NoteAdded n ? n.noteId()
                    : event instanceof NoteLater l ? l.noteId() : UUID.randomUUID().toString();
            jdbc.update("INSERT INTO it_notes (id, text) VALUES (?, ?)", id, text);
            events.publish(event);
            if (failAfterPublish) {
                throw new IllegalStateException("rolled back on purpose");
            }
            return id;
        }
    }

    /** Records each effect; a text starting with "slow" holds the transaction open so two deliveries overlap. */
    static class EffectHandler<T> implements IntegrationEventHandler<T> {
        private final JdbcTemplate jdbc;
        private final String type;
        private final Class<T> payloadType;
        private final java.util.function.Function<T, String[]> idAndText;

        EffectHandler(JdbcTemplate jdbc, String type, Class<T> payloadType,
                      java.util.function.Function<T, String[]> idAndText) {
            this.jdbc = jdbc;
            this.type = type;
            this.payloadType = payloadType;
            this.idAndText = idAndText;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public Class<T> payloadType() {
            return payloadType;
        }

        @Override
        public void handle(T payload, EventEnvelope envelope) {
            String[] idText = idAndText.apply(payload);
            jdbc.update("INSERT INTO it_effects (event_id, type, note_id, source) VALUES (?, ?, ?, ?)",
                    envelope.id(), envelope.type(), idText[0], envelope.source());
            if (idText[1] != null && idText[1].startsWith("slow")) {
                try {
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (idText[1] != null && idText[1].startsWith("boom")) {
                throw new IllegalStateException("handler failed on purpose");
            }
        }
    }

    @Bean
    Notes notes(JdbcTemplate jdbc, IntegrationEvents events) {
        return new Notes(jdbc, events);
    }

    @Bean
    IntegrationEventHandler<NoteAdded> noteAddedHandler(JdbcTemplate jdbc) {
        return new EffectHandler<>(jdbc, "it.note-added", NoteAdded.class, n -> new String[]{n.noteId(), n.text()});
    }

    @Bean
    IntegrationEventHandler<NoteLater> noteLaterHandler(JdbcTemplate jdbc) {
        return new EffectHandler<>(jdbc, "it.note-later", NoteLater.class, n -> new String[]{n.noteId(), n.text()});
    }
}

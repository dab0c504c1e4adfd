package com.bantu.common.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.events.it.EventsTestApp.NoteAdded;
import com.bantu.common.events.it.EventsTestApp.NoteLater;
import com.bantu.common.events.it.EventsTestApp.Notes;
import com.bantu.common.test.Await;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same outbox on H2 in MySQL mode, as the services' local profile runs it: the Flyway placeholder gives the
 * publication id column the UUID type Modulith needs there, and publish, failure and resubmission work.
 */
@SpringBootTest(classes = EventsTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=events-h2-it",
        "bantu.jwt.secret=events-h2-it-secret-0123456789-0123456789",
        "spring.datasource.url=jdbc:h2:mem:events_h2_it;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "bantu.security.revocation-store=memory",
        "spring.flyway.locations=classpath:db/events-it",
        "spring.jpa.hibernate.ddl-auto=none",
        "bantu.events.routes[it.note-added]=self",
        "bantu.events.routes[it.note-later]=later",
        "bantu.services.self.url=http://127.0.0.1:${local.server.port}",
        "bantu.events.retry.interval=500ms",
        "bantu.events.retry.initial-backoff=500ms"})
class IntegrationEventsH2IT {

    private static volatile String laterUrl = "http://127.0.0.1:" + freePort();

    @DynamicPropertySource
    static void later(DynamicPropertyRegistry registry) {
        registry.add("bantu.services.later.url", () -> laterUrl);
    }

    @LocalServerPort
    int port;
    @Autowired
    Notes notes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publishDeliverFailAndResubmitOnH2() {
        String idType = jdbc.queryForObject("SELECT data_type FROM information_schema.columns"
                + " WHERE LOWER(table_name) = 'event_publication' AND LOWER(column_name) = 'id'", String.class);
        assertThat(idType).isEqualToIgnoringCase("UUID");

        String first = UUID.randomUUID().toString();
        notes.add("h2", new NoteAdded(first, "h2"), false);
        await(() -> effects(first) == 1, "delivered on H2");

        String second = UUID.randomUUID().toString();
        notes.add("h2 later", new NoteLater(second, "h2 later"), false);
        await(() -> jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE STATUS = 'FAILED'",
                Integer.class) == 1, "the refused delivery failed");
        laterUrl = "http://127.0.0.1:" + port;
        await(() -> effects(second) == 1, "resubmitted on H2");
        await(() -> jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL",
                Integer.class) == 0, "all completed");
    }

    private int effects(String noteId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM it_effects WHERE note_id = ?", Integer.class, noteId);
    }

    private static void await(BooleanSupplier condition, String what) {
        Await.until(condition, Duration.ofSeconds(20), what);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

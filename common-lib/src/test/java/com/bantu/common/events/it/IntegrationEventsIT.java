package com.bantu.common.events.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.events.EventMetrics;
import com.bantu.common.events.EventResubmission;
import com.bantu.common.events.IntegrationEvents;
import com.bantu.common.events.it.EventsTestApp.NoteAdded;
import com.bantu.common.events.it.EventsTestApp.NoteIgnored;
import com.bantu.common.events.it.EventsTestApp.NoteLater;
import com.bantu.common.events.it.EventsTestApp.Notes;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.Await;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The event infrastructure end to end on MariaDB and Redis, over real HTTP: the test application publishes to
 * itself ("self") and to "later", a consumer that first refuses connections.
 */
@SpringBootTest(classes = EventsTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=events-it",
        "bantu.jwt.secret=events-it-secret-0123456789-0123456789",
        "spring.flyway.locations=classpath:db/events-it",
        "spring.jpa.hibernate.ddl-auto=none",
        "bantu.events.routes[it.note-added]=self",
        "bantu.events.routes[it.note-ignored]=self",
        "bantu.events.routes[it.note-later]=later",
        "bantu.services.self.url=http://127.0.0.1:${local.server.port}",
        "bantu.events.retry.interval=500ms",
        "bantu.events.retry.initial-backoff=1s",
        "bantu.events.retry.max-backoff=60s",
        "bantu.internal.circuit-breaker.open-for=1s",
        "bantu.internal.read-timeout=3s"})
class IntegrationEventsIT {

    private static final String REFUSING = "http://127.0.0.1:" + freePort();
    private static volatile String laterUrl = REFUSING;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_events_it");
        registry.add("bantu.services.later.url", () -> laterUrl);
    }

    @LocalServerPort
    int port;
    @Autowired
    Notes notes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JwtService jwt;
    @Autowired
    EventMetrics metrics;
    @Autowired
    MeterRegistry meters;
    @Autowired
    EventResubmission resubmission;
    @Autowired
    IntegrationEvents events;
    @Autowired
    javax.sql.DataSource dataSource;

    TestHttp http;

    @BeforeEach
    void clean() {
        laterUrl = REFUSING;
        jdbc.update("DELETE FROM EVENT_PUBLICATION");
        jdbc.update("DELETE FROM processed_events");
        jdbc.update("DELETE FROM it_notes");
        jdbc.update("DELETE FROM it_effects");
        metrics.refresh();
        http = TestHttp.local(port);
    }

    @AfterAll
    static void reset() {
        laterUrl = REFUSING;
    }

    @Test
    void committedWriteIsDeliveredOnceWithEnvelope() {
        String noteId = UUID.randomUUID().toString();
        notes.add("hello", new NoteAdded(noteId, "hello"), false);

        await(() -> effects(noteId) == 1, "the handler ran");
        await(() -> incomplete() == 0, "the publication completed");
        Map<String, Object> effect = jdbc.queryForMap("SELECT * FROM it_effects WHERE note_id = ?", noteId);
        assertThat(effect.get("type")).isEqualTo("it.note-added");
        assertThat(effect.get("source")).isEqualTo("events-it");
        String eventId = (String) effect.get("event_id");
        assertThat(jdbc.queryForObject("SELECT type FROM processed_events WHERE id = ?", String.class, eventId))
                .isEqualTo("it.note-added");
        assertThat(jdbc.queryForObject("SELECT STATUS FROM EVENT_PUBLICATION", String.class)).isEqualTo("COMPLETED");
        sleep(800);
        assertThat(effects(noteId)).isEqualTo(1);
    }

    @Test
    void rolledBackWriteDeliversNothing() {
        String noteId = UUID.randomUUID().toString();
        assertThatThrownBy(() -> notes.add("never", new NoteAdded(noteId, "never"), true))
                .hasMessageContaining("on purpose");

        sleep(1500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM it_notes", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION", Integer.class)).isZero();
        assertThat(effects(noteId)).isZero();
    }

    @Test
    void publishOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> events.publish(new NoteAdded("x", "x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside the transaction");
    }

    @Test
    void consumerDownStaysIncompleteThenResubmissionDeliversOnce() {
        String noteId = UUID.randomUUID().toString();
        notes.add("later", new NoteLater(noteId, "later"), false);

        await(() -> "FAILED".equals(status()), "the refused delivery is marked failed");
        metrics.refresh();
        assertThat(meters.get("bantu.events.incomplete").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("bantu.events.oldest.incomplete.seconds").gauge().value()).isGreaterThanOrEqualTo(0.0);
        assertThat(effects(noteId)).isZero();

        // the consumer comes up; the scheduled resubmission (back-off 1 s, then 2 s ...) delivers it
        laterUrl = "http://127.0.0.1:" + port;
        await(() -> effects(noteId) == 1, "the resubmitted delivery ran the handler");
        await(() -> incomplete() == 0, "the publication completed");
        assertThat(jdbc.queryForObject("SELECT COMPLETION_ATTEMPTS FROM EVENT_PUBLICATION", Integer.class))
                .isGreaterThanOrEqualTo(2);
        metrics.refresh();
        assertThat(meters.get("bantu.events.incomplete").gauge().value()).isZero();
        Map<String, Object> effect = jdbc.queryForMap("SELECT * FROM it_effects WHERE note_id = ?", noteId);
        assertThat(effect.get("type")).isEqualTo("it.note-later");
        sleep(1500);
        assertThat(effects(noteId)).isEqualTo(1);
    }

    @Test
    void startupStyleResubmissionIgnoresTheBackoff() {
        String noteId = UUID.randomUUID().toString();
        notes.add("later", new NoteLater(noteId, "later"), false);
        await(() -> "FAILED".equals(status()), "the refused delivery is marked failed");
        // push the back-off far away: a regular round would not pick it up, the start-up round does
        jdbc.update("UPDATE EVENT_PUBLICATION SET COMPLETION_ATTEMPTS = 20, LAST_RESUBMISSION_DATE = ?",
                java.sql.Timestamp.from(Instant.now()));
        laterUrl = "http://127.0.0.1:" + port;
        sleep(1500);
        assertThat(effects(noteId)).isZero();
        // the lock may be held by a scheduled round for a moment: repeat the start-up round until it runs
        await(() -> {
            resubmission.run(true);
            sleep(300);
            return effects(noteId) == 1;
        }, "the start-up round delivered it");
        await(() -> incomplete() == 0, "the publication completed");
    }

    @Test
    void halfFinishedDeliveryIsTreatedAsFailedAfterStaleness() {
        String noteId = UUID.randomUUID().toString();
        notes.add("later", new NoteLater(noteId, "later"), false);
        await(() -> "FAILED".equals(status()), "the refused delivery is marked failed");
        // as if the JVM had died during a delivery three minutes ago
        jdbc.update("UPDATE EVENT_PUBLICATION SET STATUS = 'PROCESSING', PUBLICATION_DATE = ?,"
                + " LAST_RESUBMISSION_DATE = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(180)),
                java.sql.Timestamp.from(Instant.now().minusSeconds(180)));
        laterUrl = "http://127.0.0.1:" + port;
        await(() -> effects(noteId) == 1, "the stale delivery was resubmitted");
    }

    @Test
    void markingStaleDeliveriesDoesNotWaitForAWriteInProgress() throws Exception {
        String noteId = UUID.randomUUID().toString();
        notes.add("later", new NoteLater(noteId, "later"), false);
        await(() -> "FAILED".equals(status()), "the refused delivery is marked failed");
        java.sql.Timestamp old = java.sql.Timestamp.from(Instant.now().minusSeconds(180));
        jdbc.update("UPDATE EVENT_PUBLICATION SET STATUS = 'PROCESSING', PUBLICATION_DATE = ?,"
                + " LAST_RESUBMISSION_DATE = ?", old, old);
        ExecutorService marker = Executors.newSingleThreadExecutor();
        try (java.sql.Connection writing = dataSource.getConnection()) {
            writing.setAutoCommit(false);
            // a write that has stored its outbox row and not committed yet
            try (java.sql.PreparedStatement insert = writing.prepareStatement("INSERT INTO EVENT_PUBLICATION"
                    + " (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE, STATUS, COMPLETION_ATTEMPTS)"
                    + " VALUES (?, 'bantu-events-delivery', 'x', '{}', ?, 'PUBLISHED', 1)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setTimestamp(2, java.sql.Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            // one UPDATE with the staleness conditions alone scanned with locking reads and waited here for the
            // open insert (up to the lock wait timeout, 50 s)
            Future<Integer> marked = marker.submit(() -> resubmission.markStaleFailed(
                    java.sql.Timestamp.from(Instant.now().minusSeconds(120))));
            marked.get(5, java.util.concurrent.TimeUnit.SECONDS);
            writing.rollback();
        } finally {
            marker.shutdownNow();
        }
        await(() -> "FAILED".equals(status()), "the stale delivery is marked failed");
    }

    @Test
    void duplicateDeliveryHasOneEffect() {
        String noteId = UUID.randomUUID().toString();
        Map<String, Object> envelope = envelope(UUID.randomUUID().toString(), "it.note-added", noteId, "dup");
        String token = jwt.issueServiceToken("another-service").token();

        TestHttp.Resp first = postEvent(token, envelope);
        TestHttp.Resp second = postEvent(token, envelope);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().path("outcome").asText()).isEqualTo("processed");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.data().path("outcome").asText()).isEqualTo("duplicate");
        assertThat(effects(noteId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT source FROM it_effects WHERE note_id = ?", String.class, noteId))
                .isEqualTo("another-service");
    }

    @Test
    void concurrentDuplicateDeliveriesHaveOneEffect() throws Exception {
        String noteId = UUID.randomUUID().toString();
        Map<String, Object> envelope = envelope(UUID.randomUUID().toString(), "it.note-added", noteId, "slow twin");
        String token = jwt.issueServiceToken("another-service").token();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TestHttp.Resp>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return postEvent(token, envelope);
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<TestHttp.Resp> f : results) {
                TestHttp.Resp r = f.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                outcomes.add(r.data().path("outcome").asText());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("processed", "duplicate");
        } finally {
            pool.shutdownNow();
        }
        assertThat(effects(noteId)).isEqualTo(1);
    }

    @Test
    void failingHandlerRollsBackAndAnswers500SoTheProducerRetries() {
        String noteId = UUID.randomUUID().toString();
        Map<String, Object> envelope = envelope(UUID.randomUUID().toString(), "it.note-added", noteId, "boom");
        String token = jwt.issueServiceToken("another-service").token();

        TestHttp.Resp r = postEvent(token, envelope);

        assertThat(r.status()).as(r.toString()).isEqualTo(500);
        assertThat(effects(noteId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processed_events", Integer.class)).isZero();
    }

    @Test
    void unknownTypeIsAcknowledgedWithoutEffect() {
        String noteId = UUID.randomUUID().toString();
        notes.add("ignored", new NoteIgnored(noteId), false);
        await(() -> incomplete() == 0 && jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION",
                Integer.class) == 1, "the unknown type was acknowledged");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM processed_events", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM it_effects", Integer.class)).isZero();
    }

    @Test
    void onlyServiceTokensMayDeliver() {
        Map<String, Object> envelope = envelope(UUID.randomUUID().toString(), "it.note-added",
                UUID.randomUUID().toString(), "x");
        String admin = jwt.issueAccess(new JwtService.Subject("u1", "admin", "a@b.c", List.of("ADMIN"), null)).token();

        assertThat(postEvent(null, envelope).status()).isEqualTo(401);
        assertThat(postEvent("not-a-token", envelope).status()).isEqualTo(401);
        TestHttp.Resp user = postEvent(admin, envelope);
        assertThat(user.status()).as(user.toString()).isEqualTo(403);
        assertThat(user.body().path("code").asInt()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM it_effects", Integer.class)).isZero();
    }

    @Test
    void malformedEnvelopeIs400WithFields() {
        String token = jwt.issueServiceToken("another-service").token();
        Map<String, Object> envelope = envelope(UUID.randomUUID().toString(), "it.note-added", "n", "x");
        TestHttp.Resp mismatch = http.send("POST", "/internal/events", token, envelope,
                Map.of("Idempotency-Key", "something-else"));
        assertThat(mismatch.status()).as(mismatch.toString()).isEqualTo(400);
        assertThat(mismatch.fields()).contains("id");

        TestHttp.Resp empty = http.send("POST", "/internal/events", token, Map.of("version", 1), Map.of());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.fields()).contains("id", "type", "payload");
    }

    @Test
    void backoffDoublesUpToTheCap() {
        assertThat(resubmissionBackoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(resubmissionBackoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(resubmissionBackoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(resubmissionBackoff(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(resubmissionBackoff(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(resubmissionBackoff(40)).isEqualTo(Duration.ofSeconds(60));
    }

    private Duration resubmissionBackoff(int attempts) {
        return (Duration) org.springframework.test.util.ReflectionTestUtils.invokeMethod(resubmission, "backoff",
                attempts);
    }

    private TestHttp.Resp postEvent(String token, Map<String, Object> envelope) {
        return http.send("POST", "/internal/events", token, envelope,
                Map.of("Idempotency-Key", (String) envelope.get("id")));
    }

    private static Map<String, Object> envelope(String id, String type, String noteId, String text) {
        return Map.of("id", id, "type", type, "version", 1, "source", "another-service",
                "occurred_at", Instant.now().toString(), "payload", Map.of("note_id", noteId, "text", text));
    }

    private int effects(String noteId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM it_effects WHERE note_id = ?", Integer.class, noteId);
    }

    private int incomplete() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL",
                Integer.class);
    }

    private String status() {
        List<String> s = jdbc.queryForList("SELECT STATUS FROM EVENT_PUBLICATION", String.class);
        return s.size() == 1 ? s.get(0) : null;
    }

    private static void await(BooleanSupplier condition, String what) {
        Await.until(condition, Duration.ofSeconds(20), what);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

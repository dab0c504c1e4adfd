package com.bantu.common.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.events.it.EventsTestApp.NoteAdded;
import com.bantu.common.events.it.EventsTestApp.Notes;
import com.bantu.common.test.Await;
import com.bantu.common.test.TestInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * More concurrent writes than the pool has connections, each publishing an event: none waits for a connection. After
 * a commit the outbox listener runs on the committing thread and Spring Modulith marks the publication "processing"
 * in a transaction of its own; while the committed transaction still held its connection, that was two connections
 * per thread, and with the pool exhausted every write waited for the pool's timeout (3 s here) and its event for the
 * resubmission. JPA transactions now give their connection back at commit (IntegrationEventsAutoConfiguration).
 */
@SpringBootTest(classes = EventsTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=events-pool-it",
        "bantu.jwt.secret=events-it-secret-0123456789-0123456789",
        "spring.flyway.locations=classpath:db/events-it",
        "spring.jpa.hibernate.ddl-auto=none",
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=3000",
        "bantu.events.routes[it.note-added]=self",
        "bantu.services.self.url=http://127.0.0.1:${local.server.port}",
        "bantu.events.retry.interval=60s",
        "bantu.internal.read-timeout=5s"})
class EventDeliveryPoolIT {

    private static final int THREADS = 4;
    private static final int WRITES = 5;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_events_it");
    }

    @Autowired
    Notes notes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentWritesOnASmallPoolNeitherWaitForAConnectionNorLeaveTheirEventsBehind() throws Exception {
        jdbc.update("DELETE FROM EVENT_PUBLICATION");
        jdbc.update("DELETE FROM processed_events");
        jdbc.update("DELETE FROM it_notes");
        jdbc.update("DELETE FROM it_effects");
        notes.add("warm", new NoteAdded(UUID.randomUUID().toString(), "warm"), false);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Long>> writes = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            writes.add(pool.submit(() -> {
                long slowest = 0;
                for (int i = 0; i < WRITES; i++) {
                    String id = UUID.randomUUID().toString();
                    long started = System.nanoTime();
                    notes.add("n", new NoteAdded(id, "n"), false);
                    slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
                }
                return slowest;
            }));
        }
        long slowest = 0;
        for (Future<Long> w : writes) {
            slowest = Math.max(slowest, w.get());
        }
        pool.shutdown();

        // a write that had to wait for the pool's 3 s timeout would show here
        assertThat(slowest).as("slowest write, ms").isLessThan(2_000);
        // every event delivered now, not by the resubmission (its interval is 60 s here)
        Await.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM it_effects", Integer.class)
                == THREADS * WRITES + 1, Duration.ofSeconds(20), "every event delivered");
        Await.until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", Integer.class) == 0,
                Duration.ofSeconds(20), "every publication completed");
    }
}

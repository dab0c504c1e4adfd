package com.bantu.common.events.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.events.it.EventsTestApp.NoteAdded;
import com.bantu.common.events.it.EventsTestApp.NoteLater;
import com.bantu.common.events.it.EventsTestApp.Notes;
import com.bantu.common.test.Await;
import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One slow consumer does not hold back the events of another (the outbox on MariaDB, both consumers real HTTP
 * servers): "slow" accepts each delivery and then answers nothing until the test lets it (its read timeout is a
 * minute), "fast" answers at once. With one shared pool of two delivery threads, slow's first two deliveries held
 * both threads and fast's event waited behind them; with a pool per consumer it is delivered while slow still holds
 * its own. Slow's pool: 2 threads and a queue of 1, so its fourth event is refused at once and left in the outbox,
 * and delivered by the resubmission once slow answers again.
 */
@SpringBootTest(classes = EventsTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=events-isolation-it",
        "bantu.jwt.secret=events-isolation-it-secret-0123456789-0123456789",
        "spring.flyway.locations=classpath:db/events-it",
        "spring.jpa.hibernate.ddl-auto=none",
        "bantu.events.routes[it.note-later]=slow",
        "bantu.events.routes[it.note-added]=fast",
        "bantu.events.delivery.threads=2",
        "bantu.events.delivery.queue-capacity=1",
        "bantu.events.retry.interval=500ms",
        "bantu.events.retry.initial-backoff=500ms",
        "bantu.events.retry.max-backoff=2s",
        "bantu.internal.read-timeout=60s"})
class EventDeliveryIsolationIT {

    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    private static final FakeService SLOW = FakeService.start().route("/internal/events", q -> {
        try {
            RELEASE.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new FakeService.Response(200, FakeService.envelope(Map.of("outcome", "processed")), 0);
    });
    private static final FakeService FAST = FakeService.start().data("/internal/events",
            Map.of("outcome", "processed"));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "bantu_events_isolation_it");
        registry.add("bantu.services.slow.url", SLOW::url);
        registry.add("bantu.services.fast.url", FAST::url);
    }

    @Autowired
    Notes notes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void stop() {
        RELEASE.countDown();
        SLOW.stop();
        FAST.stop();
    }

    @Test
    void aConsumerThatDoesNotAnswerHoldsOnlyItsOwnPool() {
        jdbc.update("DELETE FROM EVENT_PUBLICATION");
        for (int i = 0; i < 4; i++) {
            String id = UUID.randomUUID().toString();
            notes.add("slow " + i, new NoteLater(id, "slow " + i), false);
        }
        await(() -> SLOW.hits("/internal/events") == 2, "slow holds both threads of its pool");
        await(() -> count("STATUS = 'FAILED'") >= 1, "slow's fourth event was refused at once (queue of 1 full)");
        assertThat(gauge("bantu.events.delivery.active", "slow")).isEqualTo(2.0);
        assertThat(gauge("bantu.events.delivery.queued", "slow")).isEqualTo(1.0);
        assertThat(meters.get("bantu.events.delivery.rejected").tag("consumer", "slow").functionCounter().count())
                .isGreaterThanOrEqualTo(1.0);

        String fastNote = UUID.randomUUID().toString();
        notes.add("fast", new NoteAdded(fastNote, "fast"), false);
        await(() -> FAST.hits("/internal/events") == 1, "fast's event delivered while slow still holds its own");
        assertThat(FAST.last("/internal/events").body()).contains(fastNote);
        await(() -> count("SERIALIZED_EVENT LIKE '%" + fastNote
                + "%' AND COMPLETION_DATE IS NOT NULL") == 1, "fast's publication completed");
        assertThat(RELEASE.getCount()).as("slow has not answered anything yet").isEqualTo(1);
        assertThat(SLOW.hits("/internal/events")).isEqualTo(2);
        assertThat(count("COMPLETION_DATE IS NULL")).as("all four of slow's events still open").isEqualTo(4);

        RELEASE.countDown();
        await(() -> count("COMPLETION_DATE IS NULL") == 0, "slow's four events, the refused one included, completed");
        assertThat(gauge("bantu.events.delivery.queued", "slow")).isZero();
    }

    private double gauge(String name, String consumer) {
        return meters.get(name).tag("consumer", consumer).gauge().value();
    }

    private int count(String where) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE " + where, Integer.class);
    }

    private static void await(BooleanSupplier condition, String what) {
        Await.until(condition, Duration.ofSeconds(30), what);
    }
}

package com.bantu.common.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class BackoffTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Logger log = (Logger) LoggerFactory.getLogger("backoff-test");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Backoff backoff;

    @BeforeEach
    void setUp() {
        events.start();
        log.addAppender(events);
        log.setLevel(Level.DEBUG);
        backoff = new Backoff("Redis (test)", Duration.ofSeconds(5), log, nanos::get);
    }

    @AfterEach
    void tearDown() {
        log.detachAppender(events);
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    private List<String> lines(Level level) {
        return events.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Test
    void failedSkipsForTheWindowWarnsOnceAndLogsRecoveryOnce() {
        assertThat(backoff.shouldTry()).isTrue();
        assertThat(backoff.isDown()).isFalse();

        backoff.failed(new IllegalStateException("connection refused"));
        assertThat(backoff.isDown()).isTrue();
        assertThat(backoff.shouldTry()).as("skipped right after the failure").isFalse();
        advance(Duration.ofMillis(4_999));
        assertThat(backoff.shouldTry()).as("still inside the 5 s window").isFalse();
        advance(Duration.ofMillis(1));
        assertThat(backoff.shouldTry()).as("window over: try again").isTrue();

        backoff.failed(new IllegalStateException("connection refused"));
        assertThat(backoff.shouldTry()).as("a new failure starts a new window").isFalse();
        advance(Duration.ofSeconds(5));
        backoff.failed(null);
        assertThat(lines(Level.WARN)).as("one warning per outage").hasSize(1);
        assertThat(lines(Level.WARN).get(0)).startsWith("Redis (test) unavailable").contains("5000 ms")
                .contains("connection refused");

        advance(Duration.ofSeconds(5));
        assertThat(backoff.shouldTry()).isTrue();
        backoff.succeeded();
        backoff.succeeded();
        assertThat(backoff.isDown()).isFalse();
        assertThat(backoff.shouldTry()).isTrue();
        assertThat(lines(Level.INFO)).containsExactly("Redis (test) available again");

        backoff.failed(new RuntimeException("again"));
        assertThat(lines(Level.WARN)).as("the next outage warns again").hasSize(2);
    }

    @Test
    void successWithoutOutageLogsNothingAndZeroWindowTriesEveryCall() {
        backoff.succeeded();
        assertThat(events.list).isEmpty();

        Backoff eager = new Backoff("Redis (eager)", Duration.ZERO, log, nanos::get);
        eager.failed(new RuntimeException("x"));
        assertThat(eager.shouldTry()).isTrue();
        eager.failed(new RuntimeException("x"));
        assertThat(lines(Level.WARN)).hasSize(1);
    }

    @Test
    void nanoTimeOverflowIsHandled() {
        nanos.set(Long.MAX_VALUE - 1_000);
        backoff.failed(new RuntimeException("x"));
        assertThat(backoff.shouldTry()).isFalse();
        advance(Duration.ofSeconds(5));
        assertThat(backoff.shouldTry()).isTrue();
    }
}

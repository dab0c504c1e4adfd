package com.bantu.common.logship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Logger;
import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.internal.InternalApiProperties;
import com.bantu.common.security.JwtProperties;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.FakeService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipper against a real HTTP target: a {@link FakeService} that answers, and a closed port ("analytics is
 * down"). Events are logged through Logback as a service would log them.
 */
class LogShipperTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final JwtService JWT = new JwtService(new JwtProperties(
            "0123456789abcdef0123456789abcdef-logship", Duration.ofMinutes(5), Duration.ofHours(1), null));
    private static final Logger LOG = (Logger) LoggerFactory.getLogger("com.bantu.demo.customer.CustomerService");

    private final FakeService analytics = FakeService.start();
    private LogShipper shipper;

    @AfterEach
    void tearDown() {
        if (shipper != null) {
            shipper.stop();
        }
        analytics.stop();
    }

    private LogShipper start(String url, LogShipProperties props, SimpleMeterRegistry meters) {
        InternalApiClient client = new InternalApiClient("demo-service", JWT, JSON,
                new InternalApiProperties(Duration.ofSeconds(2), Duration.ofSeconds(5),
                        new InternalApiProperties.CircuitBreaker(3, 4, 50, Duration.ofSeconds(30))),
                Map.of("analytics-monitoring", url)::get, Clock.systemUTC());
        shipper = new LogShipper(props, "demo-service", new HttpLogSink(client, "analytics-monitoring"), meters);
        shipper.start();
        assertThat(shipper.attached()).isTrue();
        return shipper;
    }

    private static LogShipProperties props(int queue, int batch, Duration flush) {
        return new LogShipProperties(true, "INFO", queue, batch, flush, "analytics-monitoring", false);
    }

    @Test
    void analyticsDown_dropsAreCounted() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        start("http://127.0.0.1:" + FakeService.closedPort(), props(100, 20, Duration.ofMillis(100)), meters);

        // 2 000 log calls with the target down; that the caller never waits for the network is proven without a
        // clock by aSinkThatNeverReturns_neverBlocksTheLoggingThread (a sink that never returns), so no timing is asserted here
        for (int i = 0; i < 2_000; i++) {
            LOG.info("order {} created", i);
        }

        // the last batches fail on the sender thread after the loop: wait until every event is accounted for
        long deadline = System.currentTimeMillis() + 15_000;
        while (shipper.dropped().values().stream().mapToLong(Long::longValue).sum() < 2_000
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Map<String, Long> dropped = shipper.dropped();
        // how many of the 2 000 overflow the queue and how many fail on the wire depends on how fast the sender thread
        // gets its connection refusals on this machine: both are counted, and together they are every event
        assertThat(dropped.get("queue_full")).isNotNegative();
        assertThat(dropped.get("unreachable")).isPositive();
        assertThat(dropped.get("queue_full") + dropped.get("unreachable")).isEqualTo(2_000);
        assertThat(shipper.shipped()).isZero();
        assertThat(meters.get("log_shipper.dropped").tag("reason", "queue_full").counter().count())
                .isEqualTo(dropped.get("queue_full").doubleValue());
        assertThat(meters.get("log_shipper.dropped").tag("reason", "unreachable").counter().count())
                .isEqualTo(dropped.get("unreachable").doubleValue());
    }

    @Test
    void analyticsUp_batchesArrive_redacted_withMdc_belowThresholdSkipped() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        analytics.route(HttpLogSink.PATH, q -> new FakeService.Response(200, FakeService.envelope(Map.of()), 0));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        start(analytics.url(), props(1_000, 50, Duration.ofMillis(200)), meters);

        MDC.put("request_id", "req-123");
        MDC.put("user_id", "user-9");
        try {
            LOG.warn("login attempt password=hunter2 header Bearer abc.def");
            LOG.debug("debug is below the INFO threshold");
            LOG.error("boom", new IllegalStateException("token=s3cr3t"));
            for (int i = 0; i < 120; i++) {
                LOG.info("line {}", i);
            }
        } finally {
            MDC.clear();
        }
        long deadline = System.currentTimeMillis() + 15_000;
        while (shipper.shipped() < 122 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(shipper.shipped()).as("dropped: %s", shipper.dropped()).isEqualTo(122);
        assertThat(meters.get("log_shipper.shipped").counter().count()).isEqualTo(122.0);
        assertThat(analytics.hits(HttpLogSink.PATH)).isGreaterThanOrEqualTo(3); // batches of at most 50

        analytics.received().forEach(r -> bodies.add(r.body()));
        String all = String.join("\n", bodies);
        assertThat(all).doesNotContain("hunter2").doesNotContain("abc.def").doesNotContain("s3cr3t")
                .doesNotContain("below the INFO threshold");
        assertThat(analytics.last(HttpLogSink.PATH).authorization()).startsWith("Bearer ");

        // the compact form: the batch's service once at the top, file/module left to be derived from the name
        JsonNode body = JSON.readTree(analytics.received().get(0).body());
        assertThat(body.get("service").asString()).isEqualTo("demo-service");
        assertThat(body.get("process").asLong()).isEqualTo(ProcessHandle.current().pid());
        JsonNode first = body.get("logs").get(0);
        assertThat(first.get("level").asString()).isEqualTo("WARNING");
        assertThat(first.has("service")).isFalse();
        assertThat(first.get("name").asString()).isEqualTo("com.bantu.demo.customer.CustomerService");
        assertThat(first.has("file")).isFalse();
        LogRecord received = JSON.treeToValue(first, LogRecord.class)
                .withDefaults(body.get("service").asString(), body.get("host").asString(), body.get("process").asLong());
        assertThat(received.service()).isEqualTo("demo-service");
        assertThat(received.file()).isEqualTo("CustomerService.java");
        assertThat(received.module()).isEqualTo("CustomerService");
        assertThat(first.get("request_id").asString()).isEqualTo("req-123");
        assertThat(first.get("user_id").asString()).isEqualTo("user-9");
        JsonNode error = JSON.readTree(analytics.received().get(0).body()).get("logs").get(1);
        assertThat(error.get("exception").get("type").asString()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void aSinkThatNeverReturns_neverBlocksTheLoggingThread() {
        CountDownLatch release = new CountDownLatch(1);
        LogSink stuck = batch -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        shipper = new LogShipper(props(50, 10, Duration.ofMillis(50)), "demo-service", stuck, null);
        shipper.start();
        try {
            // would hang (and time out) if a logging call waited for the sink or for queue space
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int i = 0; i < 5_000; i++) {
                    LOG.info("event {}", i);
                }
            });
            assertThat(shipper.queued()).isLessThanOrEqualTo(50);
            assertThat(shipper.dropped().get("queue_full")).isGreaterThanOrEqualTo(5_000 - 50 - 10);
        } finally {
            release.countDown();
        }
    }

    @Test
    void theSenderWakesOncePerFullBatch_andAPartialBatchWaitsForTheFlushInterval() throws Exception {
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        shipper = new LogShipper(props(10_000, 100, Duration.ofSeconds(8)), "demo-service",
                batch -> sizes.add(batch.size()), null);
        shipper.start();

        for (int i = 0; i < 1_000; i++) {
            LOG.info("event {}", i);
        }
        long deadline = System.currentTimeMillis() + 15_000;
        while (shipper.shipped() < 1_000 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(shipper.shipped()).isEqualTo(1_000);
        // ten full batches, sent as they filled up (not after the 8 s interval), the sender woken about once each
        // (per event it would be about a thousand times)
        assertThat(sizes).hasSize(10).allMatch(n -> n == 100);
        assertThat(shipper.wakeups()).isLessThanOrEqualTo(12);

        // five more: no full batch, so they wait for the flush interval (8 s after the start: full batches do not
        // move it)
        for (int i = 0; i < 5; i++) {
            LOG.info("late event {}", i);
        }
        Thread.sleep(500);
        assertThat(shipper.queued()).isEqualTo(5);
        assertThat(shipper.shipped()).isEqualTo(1_000);
        deadline = System.currentTimeMillis() + 20_000;
        while (shipper.shipped() < 1_005 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(shipper.shipped()).isEqualTo(1_005);
        assertThat(sizes).hasSize(11).last().isEqualTo(5);
    }

    @Test
    void timestampText_isInstantToString() {
        LogShipper plain = new LogShipper(props(10, 5, Duration.ofSeconds(1)), "demo-service", batch -> {
        }, null);
        java.util.Random random = new java.util.Random(42);
        long ms = System.currentTimeMillis();
        for (int i = 0; i < 20_000; i++) {
            // mostly the same or next seconds (the remembered text), sometimes a jump, whole seconds too
            ms += random.nextInt(10) == 0 ? random.nextLong(-100_000_000_000L, 100_000_000_000L) : random.nextInt(700);
            long t = random.nextInt(20) == 0 ? ms / 1000 * 1000 : ms;
            assertThat(plain.timestamp(t)).isEqualTo(java.time.Instant.ofEpochMilli(t).toString());
        }
    }

    @Test
    void stop_sendsWhatIsQueued() {
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        shipper = new LogShipper(props(1_000, 100, Duration.ofMinutes(10)), "demo-service",
                batch -> sizes.add(batch.size()), null);
        shipper.start();
        for (int i = 0; i < 250; i++) {
            LOG.info("event {}", i);
        }
        shipper.stop();
        assertThat(shipper.shipped()).isEqualTo(250);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(250);
        shipper = null;
    }

    @Test
    void stop_detachesTheAppender() {
        start(analytics.url(), props(10, 5, Duration.ofMillis(100)), null);
        shipper.stop();
        assertThat(shipper.attached()).isFalse();
        LOG.info("after stop");
        assertThat(shipper.queued()).isZero();
        shipper = null;
    }
}

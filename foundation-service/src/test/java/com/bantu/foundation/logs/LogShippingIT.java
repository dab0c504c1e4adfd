package com.bantu.foundation.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.logship.LogShipper;
import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestHttp;
import com.bantu.foundation.IntegrationTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * foundation-service with log shipping on, as in production, against a stand-in analytics: while it answers, the
 * service's events arrive there in batches with a service token; once it is gone (its port closed), requests are
 * answered as before and the events are dropped and counted. That a logging call never waits for the target is
 * shown without timing in common-lib's {@code LogShipperTest} (a sink that never returns).
 */
class LogShippingIT extends IntegrationTestBase {

    private static final FakeService ANALYTICS = FakeService.start();
    private static final Logger log = LoggerFactory.getLogger("com.bantu.foundation.user.UserService");

    @DynamicPropertySource
    static void shipping(DynamicPropertyRegistry registry) {
        registry.add("bantu.logs.ship.enabled", () -> "true");
        registry.add("bantu.logs.ship.flush-interval", () -> "200ms");
        registry.add("bantu.services.analytics-monitoring.url", ANALYTICS::url);
    }

    @AfterAll
    static void stop() {
        ANALYTICS.stop();
    }

    @Autowired
    LogShipper shipper;

    @Autowired
    MeterRegistry meters;

    @Test
    void shipsWhileAnalyticsAnswers_thenDropsAndCountsWithoutSlowingRequests() throws Exception {
        ANALYTICS.route("/internal/logs", q -> new FakeService.Response(200, FakeService.envelope(Map.of()), 0));
        String marker = "ship-" + UUID.randomUUID();
        log.info("user created {} password=hunter2", marker);
        long deadline = System.currentTimeMillis() + 5_000;
        // the stand-in records a batch before it answers; the shipper counts it once the answer is read
        while ((!receivedContains(marker) || shipper.shipped() == 0) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(receivedContains(marker)).isTrue();
        FakeService.Received batch = ANALYTICS.last("/internal/logs");
        assertThat(batch.authorization()).startsWith("Bearer ");
        assertThat(batch.body()).contains("\"service\":\"foundation-service\"").doesNotContain("hunter2");
        assertThat(shipper.shipped()).isPositive();

        // analytics goes away: its port is closed
        ANALYTICS.stop();
        long droppedBefore = shipper.dropped().get("unreachable");
        for (int i = 0; i < 40; i++) {
            log.info("order event {} while analytics is down", i);
            TestHttp.Resp r = http.post("/api/foundation/auth/login", null,
                    Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        deadline = System.currentTimeMillis() + 10_000;
        while (shipper.dropped().get("unreachable") < droppedBefore + 40 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(shipper.dropped().get("unreachable")).isGreaterThanOrEqualTo(droppedBefore + 40);
        assertThat(meters.get("log_shipper.dropped").tag("reason", "unreachable").counter().count())
                .isGreaterThanOrEqualTo(40);
    }

    private static boolean receivedContains(String marker) {
        return ANALYTICS.received().stream().anyMatch(r -> r.body() != null && r.body().contains(marker));
    }
}

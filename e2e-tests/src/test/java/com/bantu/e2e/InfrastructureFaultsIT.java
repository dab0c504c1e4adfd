package com.bantu.e2e;

import static com.bantu.e2e.E2eApi.OUTBOXES;
import static com.bantu.e2e.E2eApi.PASSWORD;
import static com.bantu.e2e.E2eApi.PATIENCE;
import static com.bantu.e2e.E2eApi.SALES_ROLE;
import static com.bantu.e2e.E2eApi.adminLogin;
import static com.bantu.e2e.E2eApi.assertOutboxesEmpty;
import static com.bantu.e2e.E2eApi.eventually;
import static com.bantu.e2e.E2eApi.incompleteEvents;
import static com.bantu.e2e.E2eApi.login;
import static com.bantu.e2e.E2eApi.newUser;
import static com.bantu.e2e.E2eApi.suffix;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.PrometheusText;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestHttp.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The infrastructure under the suite failing while users work through the gateway: the suite's own Redis killed for
 * 30 s, a service's MariaDB killed and restarted, a service frozen (SIGSTOP). Each test asserts the end state and
 * that every outbox is empty afterwards. Bounds on how long a failing request may take are generous (they prove "no
 * hang", not a latency).
 */
class InfrastructureFaultsIT {

    static final String ANALYTICS = "analytics-monitoring-service";
    static final String ANALYTICS_PATH = "/api/analytics-monitoring/analytics/customers/summary";

    static Suite suite;
    static TestHttp gw;
    static String admin;
    static String salesEmail;
    static String sales;

    @BeforeAll
    static void users() {
        suite = Suite.get();
        gw = new TestHttp(suite.gateway());
        admin = adminLogin(gw);
        salesEmail = newUser(gw, admin, SALES_ROLE);
        sales = login(gw, salesEmail, PASSWORD);
    }

    @AfterEach
    void everythingBackAndNothingLeftInAnOutbox() {
        if (suite.running(ANALYTICS)) {
            suite.resume(ANALYTICS);
        }
        if (!suite.redisRunning()) {
            suite.startRedis();
        }
        Suite.SERVICES.stream().filter(s -> !suite.running(s)).forEach(suite::start);
        assertOutboxesEmpty(suite, admin, OUTBOXES);
    }

    // ------------------------------------------------------------------------------------------------------ Redis

    /**
     * Redis holds token revocations, token versions, caches and the login rate limit. Killed for 30 s: logins,
     * reads and writes through four services go on (each falls back as documented: no revocation check, caches
     * fall through, the rate limit counts in-process); restarted empty: they use it again, and nothing written
     * meanwhile is lost.
     */
    @Test
    void redisDownForThirtySecondsLoginsReadsAndWritesGoOnAndNothingIsLost() {
        List<String> leads = new ArrayList<>();
        List<String> customers = new ArrayList<>();
        leads.add(lead(gw, sales, "before"));
        assertThat(eventually(() -> redisUp("gateway-service"), v -> v == 1.0, PATIENCE)).isEqualTo(1.0);

        suite.stopRedis();
        long stoppedAt = System.currentTimeMillis();
        String fresh = login(gw, salesEmail, PASSWORD);
        int rounds = 0;
        do {
            for (String path : List.of("/api/business/leads?size=5", "/api/service-management/customers?size=5",
                    "/api/foundation/auth/user-info")) {
                Resp read = gw.get(path, rounds % 2 == 0 ? sales : fresh);
                assertThat(read.status()).as("GET %s with Redis down: %s", path, read).isEqualTo(200);
            }
            leads.add(lead(gw, fresh, "during"));
            Resp customer = gw.post("/api/service-management/customers", admin, Map.of("name",
                    "PT Redis " + suffix(), "customer_type", "organization"));
            assertThat(customer.status()).as(customer.toString()).isEqualTo(200);
            customers.add(customer.data().get("id").asText());
            rounds++;
            Suite.sleep(1_000);
        } while (System.currentTimeMillis() - stoppedAt < 30_000);
        Resp aggregate = eventually(() -> gw.get(ANALYTICS_PATH, admin), r -> r.status() == 200, PATIENCE);
        assertThat(aggregate.status()).as("analytics' cached aggregate falls through to its source").isEqualTo(200);
        assertThat(eventually(() -> redisUp("gateway-service"), v -> v == 0.0, PATIENCE))
                .as("the gateway reports Redis down").isEqualTo(0.0);

        suite.startRedis();
        assertThat(eventually(() -> redisUp("gateway-service"), v -> v == 1.0, PATIENCE))
                .as("the gateway reconnects to the restarted Redis").isEqualTo(1.0);
        assertThat(eventually(() -> redisUp("business-service"), v -> v == 1.0, PATIENCE)).isEqualTo(1.0);
        String after = login(gw, salesEmail, PASSWORD);
        leads.add(lead(gw, after, "after"));
        System.out.printf("InfrastructureFaultsIT: Redis down %d s, %d rounds of reads and writes%n",
                (System.currentTimeMillis() - stoppedAt) / 1000, rounds);
        for (String id : leads) {
            assertThat(gw.get("/api/business/leads/" + id, sales).status()).as("lead %s", id).isEqualTo(200);
        }
        for (String id : customers) {
            assertThat(gw.get("/api/service-management/customers/" + id, admin).status()).as("customer %s", id)
                    .isEqualTo(200);
        }
    }

    // ---------------------------------------------------------------------------------------------------- MariaDB

    /**
     * A second business-service process on a MariaDB server of its own (the shared one other builds use is never
     * restarted): with the database killed, reads and writes answer 503 in the envelope within the pool's
     * connection timeout, the database health gauge drops to 0, readiness goes down (503: Kubernetes takes the
     * replica out of its Service) and liveness stays up (no restart); with the database back, the same process is
     * ready and serves again without a restart and what was written before is there.
     */
    @Test
    void aServicesDatabaseKilledAndRestartedIsA503MeanwhileAndRecoveredWithoutARestart() {
        String instance = "business-service-own-db";
        PrivateMariaDb db = PrivateMariaDb.create(suite);
        try {
            suite.startInstance(instance, "business-service", Map.of(
                    "SPRING_DATASOURCE_URL", db.jdbcUrl("bantu_e2e_business_own_db"),
                    "SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", ""));
            TestHttp business = new TestHttp(suite.direct(instance));
            String before = lead(business, sales, "before the outage");

            db.kill();
            long start = System.currentTimeMillis();
            Resp read = business.get("/api/business/leads?size=5", sales);
            long readMillis = System.currentTimeMillis() - start;
            assertThat(read.status()).as(read.toString()).isEqualTo(503);
            assertThat(read.body().get("code").asInt()).as("503 in the envelope").isEqualTo(503);
            start = System.currentTimeMillis();
            Resp write = business.post("/api/business/leads", sales, Map.of("name", "During " + suffix()));
            long writeMillis = System.currentTimeMillis() - start;
            assertThat(write.status()).as(write.toString()).isEqualTo(503);
            assertThat(write.body().get("code").asInt()).isEqualTo(503);
            System.out.printf("InfrastructureFaultsIT: database down: read 503 after %d ms, write after %d ms%n",
                    readMillis, writeMillis);
            // the pool waits 2 s for a connection: no request hangs (bound generous for a loaded machine)
            assertThat(readMillis).as("read failed fast").isLessThan(20_000);
            assertThat(writeMillis).as("write failed fast").isLessThan(20_000);
            // the gauge Prometheus alerts on, and readiness (its group includes the database)
            assertThat(eventually(() -> dbUp(instance), v -> v == 0.0, PATIENCE)).as("bantu_health_up{db}")
                    .isEqualTo(0.0);
            assertThat(eventually(() -> business.get("/actuator/health/readiness", null).status(), s -> s == 503,
                    PATIENCE)).as("readiness down while the database is").isEqualTo(503);
            assertThat(business.get("/actuator/health/liveness", null).status()).as("liveness stays up")
                    .isEqualTo(200);

            db.start();
            Resp back = eventually(() -> business.get("/api/business/leads?size=100", sales),
                    r -> r.status() == 200, PATIENCE);
            assertThat(back.status()).as("the same process serves again: %s", back).isEqualTo(200);
            assertThat(back.raw()).as("the lead written before the outage").contains(before);
            lead(business, sales, "after the outage");
            assertThat(eventually(() -> dbUp(instance), v -> v == 1.0, PATIENCE)).isEqualTo(1.0);
            assertThat(eventually(() -> business.get("/actuator/health/readiness", null).status(), s -> s == 200,
                    PATIENCE)).as("ready again").isEqualTo(200);
            assertThat(eventually(() -> incompleteEvents(suite, instance, admin), v -> v == 0, PATIENCE))
                    .as("its outbox (audit records) delivered").isZero();
        } finally {
            suite.stop(instance);
            db.kill();
        }
    }

    // ------------------------------------------------------------------------------------------- slow downstream

    /**
     * analytics-monitoring frozen with SIGSTOP (it keeps its socket, so connections are accepted and nothing
     * answers): the gateway answers 504 in the envelope after the route's response timeout, the breaker opens after
     * enough of them and then answers 503 at once; the other services' routes keep answering. After SIGCONT the
     * breaker closes again.
     */
    @Test
    void aFrozenServiceIsA504WithinItsRouteTimeoutThenItsBreakerOpensAndOtherRoutesGoOn() throws Exception {
        assertThat(eventually(() -> gw.get(ANALYTICS_PATH, admin).status(), s -> s == 200, PATIENCE)).isEqualTo(200);
        long timeout = Suite.ANALYTICS_ROUTE_TIMEOUT.toMillis();
        suite.pause(ANALYTICS);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            // the breaker counts the last 20 calls and opens at 50 % failures once it has 10: 12 timeouts at once
            List<Future<long[]>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> {
                    long start = System.currentTimeMillis();
                    Resp r = gw.get(ANALYTICS_PATH, admin);
                    return new long[] {r.status(), r.body().path("code").asInt(), System.currentTimeMillis() - start};
                }));
            }
            // meanwhile the other routes answer
            for (String path : List.of("/api/foundation/users?size=5", "/api/business/orders?size=5",
                    "/api/service-management/customers?size=5", "/api/finance/payments?size=5")) {
                assertThat(gw.get(path, admin).status()).as("GET %s while analytics is frozen", path).isEqualTo(200);
            }
            for (Future<long[]> call : calls) {
                long[] r = call.get();
                assertThat(r[0]).as("status of a call to the frozen service").isEqualTo(504);
                assertThat(r[1]).as("504 in the envelope").isEqualTo(504);
                assertThat(r[2]).as("answered at the route timeout (%d ms), not hanging", timeout)
                        .isBetween(timeout - 1_000, timeout + 15_000);
            }
            assertThat(eventually(() -> breakerOpen(), v -> v == 1.0, PATIENCE)).as("analytics' breaker open")
                    .isEqualTo(1.0);
            long start = System.currentTimeMillis();
            Resp fast = gw.get(ANALYTICS_PATH, admin);
            long fastMillis = System.currentTimeMillis() - start;
            assertThat(fast.status()).as(fast.toString()).isEqualTo(503);
            assertThat(fast.body().get("code").asInt()).isEqualTo(503);
            assertThat(fastMillis).as("an open breaker answers without waiting for the service").isLessThan(timeout);
            assertThat(gw.get("/api/foundation/users?size=5", admin).status()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
            suite.resume(ANALYTICS);
        }
        assertThat(eventually(() -> gw.get(ANALYTICS_PATH, admin).status(), s -> s == 200, PATIENCE))
                .as("after SIGCONT the breaker lets calls through again").isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static String lead(TestHttp http, String token, String note) {
        Resp r = http.post("/api/business/leads", token, Map.of("name", "Lead " + note + " " + suffix()));
        assertThat(r.status()).as("lead %s: %s", note, r).isEqualTo(201);
        return r.data().get("id").asText();
    }

    /** {@code bantu_health_up{component="redis"}} of a service. */
    private static double redisUp(String service) {
        return healthUp(service.equals("gateway-service") ? suite.gateway() : suite.direct(service), "redis");
    }

    /** {@code bantu_health_up{component="db"}} of a service or an extra instance. */
    private static double dbUp(String instance) {
        return healthUp(suite.direct(instance), "db");
    }

    private static double healthUp(String base, String component) {
        Resp r = new TestHttp(base).get("/actuator/prometheus", admin);
        return r.status() == 200 ? PrometheusText.value(r.raw(), "bantu_health_up", Map.of("component", component))
                : Double.NaN;
    }

    private static double breakerOpen() {
        Resp r = gw.get("/actuator/prometheus", admin);
        return r.status() == 200 ? PrometheusText.value(r.raw(), "resilience4j_circuitbreaker_state",
                Map.of("name", "analytics-monitoring", "state", "open")) : Double.NaN;
    }
}

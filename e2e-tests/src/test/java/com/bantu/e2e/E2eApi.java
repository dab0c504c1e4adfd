package com.bantu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.PrometheusText;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the journeys share: logins through the gateway, users made by the admin, polling with a deadline and each
 * event producer's count of incomplete publications.
 */
final class E2eApi {

    static final String SALES_ROLE = "00000000-0000-0000-0000-000000000102";
    static final String FINANCE_ROLE = "00000000-0000-0000-0000-000000000103";
    static final String OPERATION_ROLE = "00000000-0000-0000-0000-000000000104";
    static final String ORG = "00000000-0000-0000-0000-000000000001";
    static final String PASSWORD = "Passw0rd@123";
    static final List<String> PRODUCERS = List.of("business-service", "workflow-service", "finance-service");
    /** Every process with an outbox: the event producers and the services whose writes are audited through it. */
    static final List<String> OUTBOXES = List.of("business-service", "workflow-service", "finance-service",
            "service-management-service", "analytics-monitoring-service");

    /** How long an asynchronous effect (an event delivered, a retry after a restart) may take on a loaded machine. */
    static final long PATIENCE = 120_000;

    private E2eApi() {
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A login through the gateway. The gateway limits logins per client address (ten at once, then one every 6 s)
     * and every journey logs in from 127.0.0.1: a 429 is waited out (bounded).
     */
    static String login(TestHttp gw, String email, String password) {
        Resp r = eventually(() -> gw.post("/api/foundation/auth/login", null,
                Map.of("email", email, "password", password)), x -> x.status() != 429, PATIENCE);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("token").asText();
    }

    static String adminLogin(TestHttp gw) {
        return login(gw, "admin@bantu.sbs", Suite.ADMIN_PASSWORD);
    }

    /** A new user of the seeded organization with one role; answers its e-mail (password {@link #PASSWORD}). */
    static String newUser(TestHttp gw, String admin, String roleId) {
        String name = "e2e" + suffix();
        Resp created = gw.post("/api/foundation/users", admin, Map.of("username", name, "email",
                name + "@example.com", "password", PASSWORD, "organization_id", ORG, "role_ids", List.of(roleId)));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return name + "@example.com";
    }

    static String userId(TestHttp gw, String token) {
        return gw.get("/api/foundation/auth/user-info", token).data().get("id").asText();
    }

    /**
     * {@code bantu_events_incomplete} of a service (or an extra instance), read from its own
     * {@code /actuator/prometheus} (ADMIN on the API port; the management port is open to Prometheus only).
     */
    static double incompleteEvents(Suite suite, String service, String admin) {
        Resp r = new TestHttp(suite.direct(service)).get("/actuator/prometheus", admin);
        assertThat(r.status()).as("%s /actuator/prometheus", service).isEqualTo(200);
        return PrometheusText.value(r.raw(), "bantu_events_incomplete");
    }

    /** Every event producer's outbox empties (within {@link #PATIENCE}): nothing was left undelivered. */
    static void assertOutboxesEmpty(Suite suite, String admin, List<String> services) {
        for (String service : services) {
            double left = eventually(() -> incompleteEvents(suite, service, admin), v -> v == 0, PATIENCE);
            assertThat(left).as("%s: incomplete event publications", service).isZero();
        }
    }

    /** Polls {@code probe} until {@code done} holds or {@code millis} pass; returns the last value. */
    static <T> T eventually(Supplier<T> probe, Predicate<T> done, long millis) {
        long until = System.currentTimeMillis() + millis;
        T value = probe.get();
        while (!done.test(value) && System.currentTimeMillis() < until) {
            Suite.sleep(300);
            value = probe.get();
        }
        return value;
    }
}

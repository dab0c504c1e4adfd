package com.bantu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Journeys through the real gateway to real foundation, service-management and analytics processes. */
class GatewayJourneyIT {

    static Suite suite;
    static TestHttp gw;

    @BeforeAll
    static void start() {
        suite = Suite.get();
        gw = new TestHttp(suite.gateway());
    }

    private static String login(String email, String password) {
        Resp r = gw.post("/api/foundation/auth/login", null, Map.of("email", email, "password", password));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("token").asText();
    }

    private static String admin() {
        return login("admin@bantu.sbs", Suite.ADMIN_PASSWORD);
    }

    @Test
    void customerContactAndServiceRecordThroughTheGateway() {
        String token = admin();
        String adminId = gw.get("/api/foundation/auth/user-info", token).data().get("id").asText();

        Resp customer = gw.post("/api/service-management/customers", token, Map.of(
                "name", "PT Journey " + UUID.randomUUID().toString().substring(0, 6),
                "customer_type", "organization", "owner_user_id", adminId, "tags", List.of("vip")));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(200);
        String customerId = customer.data().get("id").asText();
        assertThat(customer.data().get("code").asText()).startsWith("CUS");
        Resp read = gw.get("/api/service-management/customers/" + customerId, token);
        assertThat(read.data().get("owner_user_name").asText())
                .as("name resolved from foundation's internal API").isEqualTo("系统管理员");

        Resp contact = gw.post("/api/service-management/contacts", token, Map.of("customer_id", customerId,
                "first_name", "Budi", "last_name", "Santoso", "is_primary", true, "email", "budi@example.com"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
        Resp contacts = gw.get("/api/service-management/contacts/customers/" + customerId + "/contacts", token);
        assertThat(contacts.status()).isEqualTo(200);
        assertThat(contacts.raw()).contains(contact.data().get("id").asText());

        Resp record = gw.post("/api/service-management/service-records", token, Map.of("customer_id", customerId,
                "service_name", "B211A visa", "contact_id", contact.data().get("id").asText(),
                "sales_user_id", adminId));
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.data().get("status").asText()).isEqualTo("pending");
        String recordPath = "/api/service-management/service-records/" + record.data().get("id").asText();

        Resp started = gw.put(recordPath, token, Map.of("status", "in_progress"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.data().get("actual_start_date").isNull()).isFalse();
        Resp done = gw.put(recordPath, token, Map.of("status", "completed"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.data().get("status").asText()).isEqualTo("completed");
        Resp illegal = gw.put(recordPath, token, Map.of("status", "in_progress"));
        assertThat(illegal.status()).as("completed is final").isEqualTo(409);
        assertThat(illegal.body().get("code").asInt()).isEqualTo(409);
    }

    @Test
    void analyticsAggregatesReflectACreatedCustomer() {
        String token = admin();
        String summary = "/api/analytics-monitoring/analytics/customers/summary";
        // the first request to a cold analytics JVM (and its first call of service-management) can exceed the
        // gateway's response timeout on a small shared machine: ask again for up to a minute
        Resp before = gw.get(summary, token);
        for (long until = System.currentTimeMillis() + 60_000;
                before.status() != 200 && System.currentTimeMillis() < until; before = gw.get(summary, token)) {
            sleep(1_000);
        }
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        long total = before.data().get("total").asLong();
        long organizations = before.data().get("by_type").path("organization").asLong();

        Resp customer = gw.post("/api/service-management/customers", token, Map.of(
                "name", "PT Analytics " + UUID.randomUUID().toString().substring(0, 6),
                "customer_type", "organization"));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(200);

        // the aggregate is cached for 1 s in these runs (BANTU_ANALYTICS_CACHE_TTL): poll until it is reloaded
        Resp after = before;
        long deadline = System.currentTimeMillis() + 15_000;
        while (after.data().get("total").asLong() == total && System.currentTimeMillis() < deadline) {
            sleep(300);
            after = gw.get(summary, token);
            assertThat(after.status()).as(after.toString()).isEqualTo(200);
        }
        assertThat(after.data().get("total").asLong()).as("service-management's count through analytics")
                .isEqualTo(total + 1);
        assertThat(after.data().get("by_type").get("organization").asLong()).isEqualTo(organizations + 1);

        Resp users = gw.get("/api/analytics-monitoring/analytics/users/activity", token);
        assertThat(users.status()).as(users.toString()).isEqualTo(200);
        assertThat(users.data().get("by_role").get("ADMIN").asLong()).as("foundation's count through analytics")
                .isPositive();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void spoofedRoleHeadersDoNotGrantAdminRights() {
        String admin = admin();
        String name = "e2e" + UUID.randomUUID().toString().substring(0, 8);
        Resp created = gw.post("/api/foundation/users", admin, Map.of("username", name, "email",
                name + "@example.com", "password", "Sales@12345", "organization_id",
                "00000000-0000-0000-0000-000000000001", "role_ids", List.of("00000000-0000-0000-0000-000000000102")));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String sales = login(name + "@example.com", "Sales@12345");
        Resp spoofed = gw.send("POST", "/api/foundation/roles", sales, Map.of("code", "HACK", "name", "h"),
                Map.of("X-User-Roles", "ADMIN", "X-User-Id", "00000000-0000-0000-0000-000000000011"));
        assertThat(spoofed.status()).isEqualTo(403);
        assertThat(spoofed.body().get("code").asInt()).isEqualTo(403);
    }

    @Test
    void logoutIsHonouredByTheGatewayAndByTheServices() {
        String token = admin();
        assertThat(gw.get("/api/foundation/users", token).status()).isEqualTo(200);
        assertThat(gw.post("/api/foundation/auth/logout", token, null).status()).isEqualTo(200);
        assertThat(gw.get("/api/foundation/users", token).status()).isEqualTo(401);
        assertThat(new TestHttp(suite.direct("service-management-service"))
                .get("/api/service-management/customers", token).status()).isEqualTo(401);
    }

    @Test
    void internalApisAreNotRoutedAndPublicPathsNeedNoToken() {
        assertThat(gw.get("/internal/stats/users", admin()).status()).isEqualTo(404);
        assertThat(gw.get("/api/foundation/users", null).status()).isEqualTo(401);
        assertThat(gw.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }
}

package com.bantu.foundation.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.foundation.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Sessions end: each cause makes the user's earlier access token a 401 at the service within 1 s and their earlier
 * refresh token a 401; refresh is single-use under concurrency; the failed-login counter is atomic and keyed by
 * (e-mail, client), with the same answers for unknown and known e-mails.
 */
class SessionIT extends IntegrationTestBase {

    private static final String ROLE_FINANCE = "00000000-0000-0000-0000-000000000103";
    private static final String INFO = "/api/foundation/auth/user-info";

    private record Session(String userId, String email, String password, String access, String refresh) {
    }

    private Session session(List<String> roleIds) {
        String name = unique("s");
        String email = name + "@example.com";
        String id = createUser(name, email, "Sess@12345", roleIds);
        Resp r = http.post("/api/foundation/auth/login", null, Map.of("email", email, "password", "Sess@12345"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return new Session(id, email, "Sess@12345", r.data().get("token").asText(),
                r.data().get("refresh_token").asText());
    }

    /**
     * The old access token is a 401 at the latest for a request sent 1 s after the change (polled until then; a slow
     * answer on a loaded machine does not count against the service: the request sent after 1 s decides).
     */
    private void assertEndedWithinOneSecond(Session s) throws InterruptedException {
        assertRefusedWithinOneSecond(s.access());
        assertThat(http.post("/api/foundation/auth/refresh", null, Map.of("refresh_token", s.refresh())).status())
                .as("old refresh token").isIn(401, 403);
    }

    private void assertRefusedWithinOneSecond(String access) throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (http.get(INFO, access).status() == 401) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(http.get(INFO, access).status()).as("old access token, request sent 1 s after the change")
                .isEqualTo(401);
    }

    private void assertSessionEndsOn(List<String> roles, Consumer<Session> cause) throws InterruptedException {
        Session s = session(roles);
        assertThat(http.get(INFO, s.access()).status()).isEqualTo(200);
        cause.accept(s);
        assertEndedWithinOneSecond(s);
    }

    @Test
    void deleteEndsTheSession() throws Exception {
        assertSessionEndsOn(List.of(ROLE_SALES), s ->
                assertThat(http.delete("/api/foundation/users/" + s.userId(), adminToken()).status()).isEqualTo(200));
    }

    @Test
    void disableEndsTheSession() throws Exception {
        assertSessionEndsOn(List.of(ROLE_SALES), s -> assertThat(http.put("/api/foundation/users/" + s.userId(),
                adminToken(), Map.of("is_active", false)).status()).isEqualTo(200));
    }

    @Test
    void roleChangeEndsTheSession() throws Exception {
        assertSessionEndsOn(List.of(ROLE_SALES), s -> assertThat(http.delete("/api/foundation/users/" + s.userId()
                + "/roles/" + ROLE_SALES, adminToken()).status()).isEqualTo(200));
        assertSessionEndsOn(List.of(ROLE_SALES), s -> assertThat(http.post("/api/foundation/users/" + s.userId()
                + "/roles/" + ROLE_FINANCE, adminToken(), null).status()).isEqualTo(200));
        assertSessionEndsOn(List.of(ROLE_SALES), s -> assertThat(http.put("/api/foundation/users/" + s.userId(),
                adminToken(), Map.of("role_ids", List.of(ROLE_FINANCE))).status()).isEqualTo(200));
    }

    @Test
    void aChangeOfTheRolesGrantsEndsTheSessionsOfItsUsers() throws Exception {
        String admin = adminToken();
        Resp role = http.post("/api/foundation/roles", admin, Map.of("code", unique("G_").toUpperCase(),
                "name", "Grant test", "permissions", List.of("customer.view")));
        String roleId = role.data().get("id").asText();
        Resp perms = http.get("/api/foundation/permissions", admin);
        String orderView = null;
        for (var p : perms.data()) {
            if (p.get("code").asText().equals("order.view")) {
                orderView = p.get("id").asText();
            }
        }
        String grant = orderView;
        assertSessionEndsOn(List.of(roleId), s -> assertThat(http.post("/api/foundation/permissions/roles/" + roleId
                + "/assign", adminToken(), Map.of("permission_ids", List.of(grant))).status()).isEqualTo(200));
        assertSessionEndsOn(List.of(roleId), s -> assertThat(http.put("/api/foundation/roles/" + roleId,
                adminToken(), Map.of("name", "Grant test", "permissions", List.of("customer.view")))
                .status()).isEqualTo(200));
    }

    @Test
    void ownPasswordChangeEndsTheSession() throws Exception {
        assertSessionEndsOn(List.of(ROLE_SALES), s -> assertThat(http.put("/api/foundation/users/" + s.userId()
                + "/password", s.access(), Map.of("old_password", s.password(), "new_password", "Changed@123"))
                .status()).isEqualTo(200));
    }

    @Test
    void adminPasswordResetEndsTheSession() throws Exception {
        assertSessionEndsOn(List.of(ROLE_SALES), s -> assertThat(http.post("/api/foundation/users/" + s.userId()
                + "/reset-password", adminToken(), Map.of("new_password", "Reset@1234")).status()).isEqualTo(200));
    }

    @Test
    void organizationLockAndDisableEndTheSessionsOfItsMembers() throws Exception {
        for (String change : List.of("is_locked", "is_active")) {
            String admin = adminToken();
            String orgId = http.post("/api/foundation/organizations", admin,
                    Map.of("name", unique("Org "), "organization_type", "internal")).data().get("id").asText();
            String name = unique("m");
            String email = name + "@example.com";
            Resp created = http.post("/api/foundation/users", admin, Map.of("username", name, "email", email,
                    "password", "Member@123", "organization_id", orgId, "role_ids", List.of(ROLE_SALES)));
            assertThat(created.status()).isEqualTo(200);
            Resp login = http.post("/api/foundation/auth/login", null, Map.of("email", email, "password", "Member@123"));
            Session s = new Session(created.data().get("id").asText(), email, "Member@123",
                    login.data().get("token").asText(), login.data().get("refresh_token").asText());
            assertThat(http.get(INFO, s.access()).status()).isEqualTo(200);
            boolean value = change.equals("is_locked");
            assertThat(http.put("/api/foundation/organizations/" + orgId, admin, Map.of(change, value)).status())
                    .isEqualTo(200);
            assertEndedWithinOneSecond(s);
        }
    }

    @Test
    void logoutEndsEveryTokenOfTheUserRefreshTokensIncluded() throws Exception {
        Session s = session(List.of(ROLE_SALES));
        Resp second = http.post("/api/foundation/auth/login", null, Map.of("email", s.email(), "password", s.password()));
        String otherAccess = second.data().get("token").asText();
        assertThat(http.post("/api/foundation/auth/logout", s.access(), null).status()).isEqualTo(200);
        assertEndedWithinOneSecond(s);
        assertRefusedWithinOneSecond(otherAccess); // the other session of the same user
        // a fresh login works again
        assertThat(http.get(INFO, login(s.email(), s.password())).status()).isEqualTo(200);
    }

    @Test
    void twentyParallelRefreshesWithOneTokenGiveExactlyOneSuccess() throws Exception {
        Session s = session(List.of(ROLE_SALES));
        List<Resp> results = parallel(20, () -> http.post("/api/foundation/auth/refresh", null,
                Map.of("refresh_token", s.refresh())));
        long ok = results.stream().filter(r -> r.status() == 200).count();
        assertThat(ok).as(results.stream().map(Resp::status).toList().toString()).isEqualTo(1);
        assertThat(results).allMatch(r -> r.status() == 200 || r.status() == 401);
    }

    @Test
    void parallelWrongPasswordsLockThatClientOnlyAndUnknownEmailsAnswerTheSame() throws Exception {
        Session s = session(List.of(ROLE_SALES));
        Map<String, String> attacker = Map.of("X-Forwarded-For", "203.0.113.7");
        for (int round = 0; round < 2; round++) {
            List<Resp> wrong = parallel(20, () -> http.send("POST", "/api/foundation/auth/login", null,
                    Map.of("email", s.email(), "password", "wrong-pass"), attacker));
            assertThat(wrong).allMatch(r -> r.status() == 401 || r.status() == 429);
        }
        Resp locked = http.send("POST", "/api/foundation/auth/login", null,
                Map.of("email", s.email(), "password", s.password()), attacker);
        assertThat(locked.status()).as("locked for that client, even with the right password").isEqualTo(429);
        assertThat(locked.message()).isEqualTo(AuthService.LOCKED);
        Resp owner = http.send("POST", "/api/foundation/auth/login", null,
                Map.of("email", s.email(), "password", s.password()), Map.of("X-Forwarded-For", "198.51.100.20"));
        assertThat(owner.status()).as("the owner at another address is not locked out").isEqualTo(200);

        // an unknown e-mail: the same 401 text, then the same 429 after as many failures
        String ghost = unique("ghost") + "@example.com";
        Map<String, String> prober = Map.of("X-Forwarded-For", "203.0.113.8");
        String known = s.email();
        for (int i = 0; i < 5; i++) {
            Resp u = http.send("POST", "/api/foundation/auth/login", null,
                    Map.of("email", ghost, "password", "wrong-pass"), prober);
            Resp k = http.send("POST", "/api/foundation/auth/login", null,
                    Map.of("email", known, "password", "wrong-pass"), prober);
            assertThat(u.status()).isEqualTo(k.status()).isEqualTo(401);
            assertThat(u.message()).isEqualTo(k.message());
        }
        Resp u = http.send("POST", "/api/foundation/auth/login", null,
                Map.of("email", ghost, "password", "wrong-pass"), prober);
        Resp k = http.send("POST", "/api/foundation/auth/login", null,
                Map.of("email", known, "password", "wrong-pass"), prober);
        assertThat(u.status()).isEqualTo(k.status()).isEqualTo(429);
        assertThat(u.raw().replaceAll("\"timestamp\":\"[^\"]*\"", ""))
                .isEqualTo(k.raw().replaceAll("\"timestamp\":\"[^\"]*\"", ""));
    }

    @Test
    void anAdminCannotRemoveTheirOwnWayBackIn() {
        String admin = adminToken();
        String me = http.get(INFO, admin).data().get("id").asText();
        Resp deactivate = http.put("/api/foundation/users/" + me, admin, Map.of("is_active", false));
        assertThat(deactivate.status()).isEqualTo(409);
        assertThat(deactivate.message()).contains("管理员");
        assertThat(http.put("/api/foundation/users/" + me, admin, Map.of("role_ids", List.of(ROLE_SALES))).status())
                .isEqualTo(409);
        assertThat(http.delete("/api/foundation/users/" + me + "/roles/" + ROLE_ADMIN, admin).status()).isEqualTo(409);
        assertThat(http.delete("/api/foundation/users/" + me, admin).status()).isEqualTo(409);
        // nothing changed: the admin still signs in and is still an admin
        assertThat(http.get(INFO, adminToken()).data().get("roles").toString()).contains("ADMIN");

        // another admin may still be deactivated by the first one (there is still an active admin)
        Session other = session(List.of(ROLE_ADMIN));
        assertThat(http.put("/api/foundation/users/" + other.userId(), adminToken(), Map.of("is_active", false))
                .status()).isEqualTo(200);
    }

    private static List<Resp> parallel(int n, Callable<Resp> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Resp>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Resp> out = new ArrayList<>();
            for (Future<Resp> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}

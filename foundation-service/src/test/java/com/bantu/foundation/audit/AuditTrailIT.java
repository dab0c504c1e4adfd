package com.bantu.foundation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.audit.AuditEvent;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.test.TestHttp;
import com.bantu.foundation.IntegrationTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * foundation's own audit trail: its {@code /api/**} writes (common-lib's AuditFilter, stored directly), logins and
 * refreshes and logouts (AuthAudit), the export, append-only reads and the retention job.
 */
class AuditTrailIT extends IntegrationTestBase {

    private static final String BASE = "/api/foundation/audit-logs";

    @Autowired
    AuditRetention retention;
    @Autowired
    AuditLogService logs;

    @Test
    void foundationsOwnWritesAreRecordedWithoutSecrets() {
        String admin = adminToken();
        String name = unique("auditee");
        TestHttp.Resp created = http.post("/api/foundation/users", admin, Map.of("username", name,
                "email", name + "@example.com", "password", "Secret@12345", "organization_id", ROOT_ORG,
                "role_ids", List.of(ROLE_SALES)));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String userId = created.data().path("id").asText();

        JsonNode create = one("resource_id=" + userId + "&action=CREATE");
        assertThat(create.path("resource_type").asText()).isEqualTo("user");
        assertThat(create.path("category").asText()).isEqualTo("user_management");
        assertThat(create.path("service").asText()).isEqualTo("foundation-service");
        assertThat(create.path("request_id").asText()).isEqualTo(created.header("x-request-id"));
        assertThat(create.path("request_params").path("username").asText()).isEqualTo(name);
        assertThat(create.path("request_params").path("password").asText()).isEqualTo(AuditEvent.REDACTED);
        assertThat(create.toString()).doesNotContain("Secret@12345");
        // a create carries the created fields (after only)
        assertThat(create.path("new_values").path("username").asText()).isEqualTo(name);
        assertThat(create.path("new_values").path("id").asText()).isEqualTo(userId);
        assertThat(create.path("old_values").isNull() || create.path("old_values").isMissingNode()).isTrue();

        TestHttp.Resp updated = http.put("/api/foundation/users/" + userId, admin, Map.of("phone", "123"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        JsonNode update = one("resource_id=" + userId + "&action=UPDATE");
        assertThat(update.path("request_method").asText()).isEqualTo("PUT");
        // the changed fields, before and after (AuditChanges): only the phone changed
        assertThat(update.path("old_values").has("phone")).isTrue();
        assertThat(update.path("old_values").path("phone").isNull()).isTrue();
        assertThat(update.path("new_values").path("phone").asText()).isEqualTo("123");
        assertThat(update.path("new_values").has("username")).isFalse();
        assertThat(update.toString()).doesNotContain("Secret@12345");

        TestHttp.Resp reset = http.post("/api/foundation/users/" + userId + "/reset-password", admin,
                Map.of("new_password", "Other@12345"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        JsonNode resetRecord = await(() -> find("resource_id=" + userId + "&action=UPDATE&size=10").stream()
                .filter(r -> r.path("request_path").asText().endsWith("/reset-password")).findFirst().orElse(null));
        assertThat(resetRecord.path("request_params").path("new_password").asText()).isEqualTo(AuditEvent.REDACTED);
        assertThat(resetRecord.toString()).doesNotContain("Other@12345");

        TestHttp.Resp deleted = http.delete("/api/foundation/users/" + userId, admin);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        JsonNode delete = one("resource_id=" + userId + "&action=DELETE");
        assertThat(delete.path("status").asText()).isEqualTo("success");
        // a delete carries the removed fields (before only)
        assertThat(delete.path("old_values").path("username").asText()).isEqualTo(name);
        assertThat(delete.path("new_values").isNull() || delete.path("new_values").isMissingNode()).isTrue();
        assertThat(delete.toString()).doesNotContain("Secret@12345").doesNotContain("Other@12345");

        TestHttp.Resp restored = http.put("/api/foundation/users/" + userId + "/restore", admin, null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        JsonNode restore = await(() -> find("resource_id=" + userId + "&action=UPDATE&size=10").stream()
                .filter(r -> r.path("request_path").asText().endsWith("/restore")).findFirst().orElse(null));
        // before and after: the deleted user (read although deleted) against the restored one
        assertThat(restore.path("old_values").path("deleted_at").asText()).isNotBlank();
        assertThat(restore.path("new_values").has("deleted_at")).isTrue();
        assertThat(restore.path("new_values").path("deleted_at").isNull()).isTrue();

        String orgName = unique("Audited org ");
        TestHttp.Resp org = http.post("/api/foundation/organizations", admin, Map.of("name", orgName,
                "organization_type", "vendor"));
        assertThat(org.status()).as(org.toString()).isEqualTo(200);
        String orgId = org.data().path("id").asText();
        assertThat(http.delete("/api/foundation/organizations/" + orgId, admin).status()).isEqualTo(200);
        assertThat(http.put("/api/foundation/organizations/" + orgId + "/restore", admin, null).status())
                .isEqualTo(200);
        JsonNode orgRestore = await(() -> find("resource_id=" + orgId + "&action=UPDATE&size=10").stream()
                .filter(r -> r.path("request_path").asText().endsWith("/restore")).findFirst().orElse(null));
        assertThat(orgRestore.path("old_values").path("deleted_at").asText()).isNotBlank();
        assertThat(orgRestore.path("new_values").path("deleted_at").isNull()).isTrue();
        assertThat(orgRestore.path("resource_type").asText()).isEqualTo("organization");

        TestHttp.Resp refused = http.post("/api/foundation/roles", salesUser().token(),
                Map.of("code", "NOPE", "name", "nope"));
        assertThat(refused.status()).isEqualTo(403);
        JsonNode failed = await(() -> find("resource_type=role&status=failed&size=50").stream()
                .filter(r -> refused.header("x-request-id").equals(r.path("request_id").asText()))
                .findFirst().orElse(null));
        assertThat(failed.path("action").asText()).isEqualTo("CREATE");
        assertThat(failed.path("error_message").asText()).isEqualTo(refused.message());
    }

    @Test
    void roleWritesCarryTheirValues() {
        String admin = adminToken();
        TestHttp.Resp created = http.post("/api/foundation/roles", admin, Map.of("code",
                unique("AUD_").toUpperCase(), "name", "Audited role"));
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        String roleId = created.data().path("id").asText();
        JsonNode create = one("resource_id=" + roleId + "&action=CREATE");
        assertThat(create.path("resource_type").asText()).isEqualTo("role");
        assertThat(create.path("new_values").path("name").asText()).isEqualTo("Audited role");

        TestHttp.Resp renamed = http.put("/api/foundation/roles/" + roleId, admin, Map.of("name", "Renamed role"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        JsonNode update = one("resource_id=" + roleId + "&action=UPDATE");
        assertThat(update.path("old_values").path("name").asText()).isEqualTo("Audited role");
        assertThat(update.path("new_values").path("name").asText()).isEqualTo("Renamed role");
        assertThat(update.path("new_values").has("code")).as("only changed fields").isFalse();

        TestHttp.Resp deleted = http.delete("/api/foundation/roles/" + roleId, admin);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        JsonNode delete = one("resource_id=" + roleId + "&action=DELETE");
        assertThat(delete.path("old_values").path("name").asText()).isEqualTo("Renamed role");
        assertThat(delete.path("new_values").isNull() || delete.path("new_values").isMissingNode()).isTrue();
    }

    @Test
    void roleGrantsAndUserRolesRecordTheSetBeforeAndAfter() {
        String admin = adminToken();
        String roleId = http.post("/api/foundation/roles", admin, Map.of("code", unique("SET_").toUpperCase(),
                "name", "Set role")).data().path("id").asText();
        List<JsonNode> catalogue = new java.util.ArrayList<>();
        JsonNode listed = http.get("/api/foundation/permissions?is_active=true", admin).data();
        (listed.isArray() ? listed : listed.has("records") ? listed.path("records") : listed.path("items"))
                .forEach(catalogue::add);
        JsonNode first = catalogue.get(0);
        JsonNode second = catalogue.get(1);
        TestHttp.Resp granted = http.post("/api/foundation/permissions/roles/" + roleId + "/assign", admin,
                Map.of("permission_ids", List.of(first.path("id").asText(), second.path("id").asText())));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        TestHttp.Resp narrowed = http.post("/api/foundation/permissions/roles/" + roleId + "/assign", admin,
                Map.of("permission_ids", List.of(second.path("id").asText())));
        assertThat(narrowed.status()).as(narrowed.toString()).isEqualTo(200);
        List<String> both = java.util.stream.Stream.of(first.path("code").asText(), second.path("code").asText())
                .sorted().toList();
        JsonNode grant = await(() -> withValues("resource_id=" + roleId, "permissions", 0));
        assertThat(grant.path("new_values").path("permissions")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(both);
        JsonNode narrow = await(() -> withValues("resource_id=" + roleId, "permissions", 2));
        assertThat(narrow.path("old_values").path("permissions")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(both);
        assertThat(narrow.path("new_values").path("permissions")).extracting(JsonNode::asText)
                .containsExactly(second.path("code").asText());

        Account user = salesUser();
        assertThat(http.post("/api/foundation/users/" + user.id() + "/roles/" + roleId, admin, Map.of()).status())
                .isEqualTo(200);
        JsonNode assigned = await(() -> withValues("user_id=00000000-0000-0000-0000-000000000011&resource_id=" + roleId, "roles", 1));
        assertThat(assigned.path("old_values").path("roles")).extracting(JsonNode::asText).containsExactly("SALES");
        assertThat(assigned.path("new_values").path("roles")).extracting(JsonNode::asText)
                .contains("SALES", roleCode(roleId));
    }

    /** The newest record matching {@code query} whose old or new values hold {@code field} with {@code size}. */
    private JsonNode withValues(String query, String field, int oldSize) {
        for (JsonNode r : find(query)) {
            JsonNode old = r.path("old_values").path(field);
            if (r.path("new_values").has(field) && (oldSize == 0 ? old.isMissingNode() || old.size() == 0
                    : old.size() == oldSize)) {
                return r;
            }
        }
        return null;
    }

    private String roleCode(String roleId) {
        return http.get("/api/foundation/roles/" + roleId, adminToken()).data().path("code").asText();
    }

    @Test
    void loginsFailedLoginsAndLogoutsAreRecorded() {
        Account sales = salesUser();
        String wrong = sales.email();
        assertThat(http.post("/api/foundation/auth/login", null, Map.of("email", wrong, "password", "Wrong@99999"))
                .status()).isIn(400, 401);
        String unknown = unique("nobody") + "@example.com";
        http.post("/api/foundation/auth/login", null, Map.of("email", unknown, "password", "Wrong@99999"));

        JsonNode success = one("user_id=" + sales.id() + "&action=LOGIN&status=success");
        assertThat(success.path("request_params").path("email").asText()).isEqualTo(sales.email());
        assertThat(success.path("resource_type").asText()).isEqualTo("user");
        assertThat(success.toString()).doesNotContain(sales.password());

        List<JsonNode> failures = find("action=LOGIN&status=failed&size=200");
        JsonNode failedKnown = failures.stream()
                .filter(r -> wrong.equals(r.path("request_params").path("email").asText())).findFirst().orElseThrow();
        assertThat(failedKnown.path("error_message").asText()).isNotBlank();
        assertThat(failedKnown.toString()).doesNotContain("Wrong@99999");
        assertThat(failures.stream().anyMatch(r -> unknown.equals(r.path("request_params").path("email").asText())))
                .isTrue();

        assertThat(http.post("/api/foundation/auth/logout", sales.token(), null).status()).isEqualTo(200);
        assertThat(one("user_id=" + sales.id() + "&action=LOGOUT").path("status").asText()).isEqualTo("success");
    }

    @Test
    void refreshesAndRefusedRefreshesAreRecordedWithoutTheToken() {
        Account sales = salesUser();
        TestHttp.Resp login = http.post("/api/foundation/auth/login", null,
                Map.of("email", sales.email(), "password", sales.password()));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String refresh = login.data().path("refresh_token").asText();

        TestHttp.Resp refreshed = http.post("/api/foundation/auth/refresh", null, Map.of("refresh_token", refresh));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        JsonNode success = one("user_id=" + sales.id() + "&action=REFRESH&status=success");
        assertThat(success.path("resource_type").asText()).isEqualTo("user");
        assertThat(success.path("resource_id").asText()).isEqualTo(sales.id());
        assertThat(success.path("category").asText()).isEqualTo("user_management");
        assertThat(success.path("request_path").asText()).isEqualTo("/api/foundation/auth/refresh");
        assertThat(success.toString()).doesNotContain(refresh)
                .doesNotContain(refreshed.data().path("refresh_token").asText());

        // the same token again is refused (single use): recorded as failed, naming the user the token belongs to
        assertThat(http.post("/api/foundation/auth/refresh", null, Map.of("refresh_token", refresh)).status())
                .isEqualTo(401);
        JsonNode reused = one("user_id=" + sales.id() + "&action=REFRESH&status=failed");
        assertThat(reused.path("error_message").asText()).isNotBlank();
        assertThat(reused.toString()).doesNotContain(refresh);

        // a token that is no token at all: refused and recorded without a user
        String forged = "forged-" + unique("token");
        assertThat(http.post("/api/foundation/auth/refresh", null, Map.of("refresh_token", forged)).status())
                .isEqualTo(401);
        JsonNode anonymous = await(() -> find("action=REFRESH&status=failed&size=200").stream()
                .filter(r -> r.path("user_id").isNull() || r.path("user_id").isMissingNode())
                .filter(r -> "/api/foundation/auth/refresh".equals(r.path("request_path").asText()))
                .findFirst().orElse(null));
        assertThat(anonymous.path("error_message").asText()).isNotBlank();
        assertThat(anonymous.toString()).doesNotContain(forged);
    }

    @Test
    void exportJsonAndCsvWithFilters() {
        String resourceId = UUID.randomUUID().toString();
        BantuPrincipal who = new BantuPrincipal(UUID.randomUUID().toString(), "exp", null, List.of("SALES"), ROOT_ORG,
                "j", Instant.now().plusSeconds(60), "access");
        logs.store(AuditEvent.of(who, "CREATE", "order", resourceId)
                .withDescription("Order, \"quoted\"", "order_management", "business-service"), "x");
        logs.store(AuditEvent.of(who, "UPDATE", "order", resourceId).failed("=cmd()"), "x");
        String admin = adminToken();

        TestHttp.Resp json = http.post(BASE + "/export", admin, Map.of("resource_id", resourceId, "format", "json",
                "status", ""));
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.data().path("mime_type").asText()).isEqualTo("application/json");
        assertThat(json.data().path("format").asText()).isEqualTo("json");
        JsonNode rows = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(json.data().path("content").asText());
        assertThat(rows.size()).isEqualTo(2);

        TestHttp.Resp csv = http.post(BASE + "/export", admin, Map.of("resource_id", resourceId, "format", "csv",
                "action", "CREATE"));
        assertThat(csv.data().path("mime_type").asText()).isEqualTo("text/csv");
        String[] lines = csv.data().path("content").asText().split("\n");
        assertThat(lines[0]).startsWith("id,organization_id,user_id,user_name,action,resource_type,resource_id")
                .endsWith("status,error_message,duration_ms,created_at");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("\"Order, \"\"quoted\"\"\"").contains(",CREATE,order," + resourceId);

        String failedCsv = http.post(BASE + "/export", admin, Map.of("resource_id", resourceId, "format", "csv",
                "status", "failed")).data().path("content").asText();
        assertThat(failedCsv).contains(",'=cmd(),").doesNotContain(",=cmd()");

        TestHttp.Resp badFormat = http.post(BASE + "/export", admin, Map.of("format", "xml"));
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.fields()).containsExactly("format");
        assertThat(http.post(BASE + "/export", salesUser().token(), Map.of()).status()).isEqualTo(403);
    }

    @Test
    void recordsAreAppendOnlyAndTheRetentionJobDeletesOnlyOldOnes() {
        BantuPrincipal who = new BantuPrincipal(UUID.randomUUID().toString(), "old", null, List.of("SALES"), ROOT_ORG,
                "j", Instant.now().plusSeconds(60), "access");
        AuditEvent old = new AuditEvent(null, who.userId(), "old", ROOT_ORG, "UPDATE", "customer", null, null, null,
                null, null, null, null, null, null, null, null, Instant.now().minus(Duration.ofDays(400)), "success",
                null, null, null);
        AuditEvent recent = AuditEvent.of(who, "UPDATE", "customer", null);
        logs.store(old, "x");
        logs.store(recent, "x");
        String admin = adminToken();

        assertThat(http.put(BASE + "/" + recent.id(), admin, Map.of("action", "DELETE")).status()).isIn(404, 405);
        assertThat(http.delete(BASE + "/" + recent.id(), admin).status()).isIn(404, 405);

        assertThat(retention.run()).isGreaterThanOrEqualTo(1);
        assertThat(http.get(BASE + "/" + old.id(), admin).status()).isEqualTo(404);
        assertThat(http.get(BASE + "/" + recent.id(), admin).status()).isEqualTo(200);
    }

    private List<JsonNode> find(String query) {
        TestHttp.Resp r = http.get(BASE + "?" + query, adminToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> out = new java.util.ArrayList<>();
        r.data().path("records").forEach(out::add);
        return out;
    }

    /** The one record matching {@code query} (waits briefly: a record is stored after the response). */
    private JsonNode one(String query) {
        return await(() -> {
            List<JsonNode> found = find(query);
            return found.size() == 1 ? found.get(0) : null;
        });
    }

    private static <T> T await(Supplier<T> lookup) {
        Instant until = Instant.now().plusSeconds(10);
        while (true) {
            T value = lookup.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no matching audit record");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

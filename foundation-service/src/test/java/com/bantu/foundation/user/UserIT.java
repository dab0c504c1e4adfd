package com.bantu.foundation.user;

import com.bantu.common.error.ErrorKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.foundation.IntegrationTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserIT extends IntegrationTestBase {

    private Map<String, Object> body(String username, String email) {
        Map<String, Object> b = new HashMap<>();
        b.put("username", username);
        b.put("email", email);
        b.put("password", "Passw0rd!x");
        b.put("organization_id", ROOT_ORG);
        return b;
    }

    @Test
    void createReturnsTheUserWithoutPasswordAndCreatesThePrimaryEmployee() {
        String name = unique("alice");
        Map<String, Object> b = body(name, name + "@Example.com");
        b.put("display_name", "Alice");
        b.put("gender", "female");
        b.put("role_ids", List.of(ROLE_SALES, ROLE_SALES));
        Resp r = http.post("/api/foundation/users", adminToken(), b);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.message()).isEqualTo("用户创建成功");
        assertThat(r.raw()).doesNotContain("password").doesNotContain("Passw0rd");
        var u = r.data();
        assertThat(u.get("email").asText()).isEqualTo(name + "@example.com");
        assertThat(u.get("primary_organization_id").asText()).isEqualTo(ROOT_ORG);
        assertThat(u.get("primary_organization_name").asText()).isEqualTo("BANTU");
        assertThat(u.get("is_active").asBoolean()).isTrue();
        assertThat(u.get("roles")).hasSize(1);
        assertThat(u.get("roles").get(0).get("code").asText()).isEqualTo("SALES");
        assertThat(u.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");

        Resp employees = http.get("/api/foundation/organizations/" + ROOT_ORG + "/employees", adminToken());
        assertThat(employees.data().toString()).contains(u.get("id").asText());
    }

    @Test
    void createValidationNamesEachField() {
        String admin = adminToken();
        Map<String, Object> b = new HashMap<>();
        b.put("username", "ab");
        b.put("email", "nope");
        b.put("password", "short");
        b.put("gender", "robot");
        Resp r = http.post("/api/foundation/users", admin, b);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo(ErrorKey.VALIDATION.message());
        assertThat(r.fields()).containsExactlyInAnyOrder("username", "email", "password", "gender", "organization_id");

        Map<String, Object> badRole = body(unique("bob"), unique("bob") + "@example.com");
        badRole.put("role_ids", List.of("00000000-0000-0000-0000-00000000dead"));
        Resp role = http.post("/api/foundation/users", admin, badRole);
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.fields()).containsExactly("role_ids");

        Map<String, Object> badOrg = body(unique("carl"), unique("carl") + "@example.com");
        badOrg.put("organization_id", "00000000-0000-0000-0000-00000000beef");
        assertThat(http.post("/api/foundation/users", admin, badOrg).status()).isEqualTo(404);

        Map<String, Object> wrongType = body(unique("dan"), unique("dan") + "@example.com");
        wrongType.put("is_active", "maybe");
        Resp typed = http.post("/api/foundation/users", admin, wrongType);
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.fields()).containsExactly("is_active");
    }

    @Test
    void duplicateUsernameOrEmailIs409AndNothingIsWritten() {
        String admin = adminToken();
        String name = unique("dup");
        assertThat(http.post("/api/foundation/users", admin, body(name, name + "@example.com")).status()).isEqualTo(200);
        Resp sameName = http.post("/api/foundation/users", admin, body(name.toUpperCase(), unique("x") + "@example.com"));
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.body().get("code").asInt()).isEqualTo(409);
        String other = unique("other");
        Resp sameEmail = http.post("/api/foundation/users", admin, body(other, name + "@example.com"));
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(http.get("/api/foundation/users?username=" + other, admin).data().get("total").asLong()).isZero();
    }

    @Test
    void unknownIdsAre404() {
        String admin = adminToken();
        String ghost = "/api/foundation/users/00000000-0000-0000-0000-00000000f00d";
        assertThat(http.get(ghost, admin).status()).isEqualTo(404);
        assertThat(http.get(ghost, admin).message()).isEqualTo("用户不存在");
        assertThat(http.put(ghost, admin, Map.of("phone", "1")).status()).isEqualTo(404);
        assertThat(http.delete(ghost, admin).status()).isEqualTo(404);
        assertThat(http.put(ghost + "/restore", admin, null).status()).isEqualTo(404);
        assertThat(http.post(ghost + "/reset-password", admin, Map.of("new_password", "Whatever1")).status())
                .isEqualTo(404);
        assertThat(http.get(ghost + "/roles", admin).status()).isEqualTo(404);
    }

    @Test
    void nonAdminsGet403OnAdminEndpointsButMayReadThemselves() {
        Account sales = salesUser();
        String t = sales.token();
        String other = createUser(unique("victim"), unique("victim") + "@example.com", "Victim@123", List.of());
        assertThat(http.post("/api/foundation/users", t, body(unique("x"), unique("x") + "@example.com")).status())
                .isEqualTo(403);
        assertThat(http.put("/api/foundation/users/" + other, t, Map.of("phone", "1")).status()).isEqualTo(403);
        assertThat(http.delete("/api/foundation/users/" + other, t).status()).isEqualTo(403);
        assertThat(http.put("/api/foundation/users/" + other + "/restore", t, null).status()).isEqualTo(403);
        assertThat(http.post("/api/foundation/users/" + other + "/reset-password", t,
                Map.of("new_password", "Hacked@123")).status()).isEqualTo(403);
        assertThat(http.post("/api/foundation/users/" + sales.id() + "/roles/" + ROLE_ADMIN, t, null).status())
                .as("self-promotion").isEqualTo(403);
        assertThat(http.get("/api/foundation/users/" + other, t).status()).isEqualTo(403);
        assertThat(http.get("/api/foundation/users/" + other + "/roles", t).status()).isEqualTo(403);
        Resp forbidden = http.put("/api/foundation/users/" + other + "/password", t,
                Map.of("old_password", "Victim@123", "new_password", "Hacked@123"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body().get("code").asInt()).isEqualTo(403);

        assertThat(http.get("/api/foundation/users/" + sales.id(), t).status()).isEqualTo(200);
        assertThat(http.get("/api/foundation/users/" + sales.id() + "/roles", t).status()).isEqualTo(200);
        assertThat(http.get("/api/foundation/users", t).status()).as("pickers").isEqualTo(200);
        assertThat(http.get("/api/foundation/users", null).status()).isEqualTo(401);
    }

    @Test
    void listFiltersAndPaging() {
        String admin = adminToken();
        String tag = unique("flt");
        String a = createUser(tag + "a", tag + "a@example.com", "Passw0rd!x", List.of(ROLE_SALES));
        String b = createUser(tag + "b", tag + "b@example.com", "Passw0rd!x", List.of());
        http.put("/api/foundation/users/" + b, admin, Map.of("is_active", false));

        Resp byName = http.get("/api/foundation/users?username=" + tag, admin);
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.data().get("total").asLong()).isEqualTo(2);
        assertThat(byName.data().get("records")).hasSize(2);
        assertThat(byName.data().get("current").asInt()).isEqualTo(1);
        assertThat(byName.data().get("size").asInt()).isEqualTo(10);
        assertThat(byName.data().get("pages").asInt()).isEqualTo(1);

        assertThat(http.get("/api/foundation/users?username=" + tag + "&role_id=" + ROLE_SALES, admin)
                .data().get("records").get(0).get("id").asText()).isEqualTo(a);
        Resp inactive = http.get("/api/foundation/users?username=" + tag + "&is_active=false", admin);
        assertThat(inactive.data().get("total").asLong()).isEqualTo(1);
        assertThat(inactive.data().get("records").get(0).get("id").asText()).isEqualTo(b);
        assertThat(http.get("/api/foundation/users?email=" + tag + "a@", admin).data().get("total").asLong())
                .isEqualTo(1);
        assertThat(http.get("/api/foundation/users?username=" + tag + "&organization_id=" + ROOT_ORG, admin)
                .data().get("total").asLong()).isEqualTo(2);

        Resp paged = http.get("/api/foundation/users?username=" + tag + "&page=2&size=1", admin);
        assertThat(paged.data().get("records")).hasSize(1);
        assertThat(paged.data().get("pages").asInt()).isEqualTo(2);
        assertThat(paged.data().get("current").asInt()).isEqualTo(2);

        Resp clamped = http.get("/api/foundation/users?size=10000", admin);
        assertThat(clamped.status()).isEqualTo(200);
        assertThat(clamped.data().get("size").asInt()).isEqualTo(1000);

        Resp bad = http.get("/api/foundation/users?page=0&size=0", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactlyInAnyOrder("page", "size");
        Resp notNumber = http.get("/api/foundation/users?page=abc", admin);
        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.fields()).containsExactly("page");
        assertThat(http.get("/api/foundation/users?unknown_param=1", admin).status()).isEqualTo(200);
    }

    @Test
    void updateIsPartialAndCanMoveTheOrganizationAndReplaceRoles() {
        String admin = adminToken();
        String name = unique("upd");
        String id = createUser(name, name + "@example.com", "Passw0rd!x", List.of(ROLE_SALES));
        Resp org = http.post("/api/foundation/organizations", admin, Map.of("name", "Dept " + name,
                "organization_type", "internal"));
        String orgId = org.data().get("id").asText();
        Resp r = http.put("/api/foundation/users/" + id, admin, Map.of("display_name", "Updated",
                "role_ids", List.of(ROLE_ADMIN), "organization_id", orgId));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("display_name").asText()).isEqualTo("Updated");
        assertThat(r.data().get("email").asText()).isEqualTo(name + "@example.com");
        assertThat(r.data().get("primary_organization_id").asText()).isEqualTo(orgId);
        assertThat(r.data().get("roles").get(0).get("code").asText()).isEqualTo("ADMIN");

        String other = unique("upd2");
        createUser(other, other + "@example.com", "Passw0rd!x", List.of());
        Resp dup = http.put("/api/foundation/users/" + id, admin, Map.of("email", other + "@example.com"));
        assertThat(dup.status()).isEqualTo(409);
        Resp invalid = http.put("/api/foundation/users/" + id, admin, Map.of("email", "bad", "gender", "x"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.fields()).containsExactlyInAnyOrder("email", "gender");
    }

    @Test
    void softDeleteThenRestore() {
        String admin = adminToken();
        String name = unique("del");
        String id = createUser(name, name + "@example.com", "Passw0rd!x", List.of());
        Resp del = http.delete("/api/foundation/users/" + id, admin);
        assertThat(del.status()).isEqualTo(200);
        assertThat(del.data().isNull()).isTrue();
        assertThat(http.get("/api/foundation/users?username=" + name, admin).data().get("total").asLong()).isZero();
        Resp withDeleted = http.get("/api/foundation/users?include_deleted=true&username=" + name, admin);
        assertThat(withDeleted.data().get("records").get(0).get("deleted_at").isNull()).isFalse();
        assertThat(http.get("/api/foundation/users/" + id, admin).data().get("is_active").asBoolean()).isFalse();
        assertThat(http.post("/api/foundation/auth/login", null,
                Map.of("email", name + "@example.com", "password", "Passw0rd!x")).status()).isEqualTo(403);

        Resp restored = http.put("/api/foundation/users/" + id + "/restore", admin, null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.data().get("is_active").asBoolean()).isTrue();
        assertThat(restored.data().get("deleted_at").isNull()).isTrue();
        assertThat(login(name + "@example.com", "Passw0rd!x")).isNotBlank();

        Resp self = http.delete("/api/foundation/users/00000000-0000-0000-0000-000000000011", admin);
        assertThat(self.status()).as("admin cannot delete itself").isEqualTo(409);
    }

    @Test
    void changeOwnPasswordThenLoginWithTheNewOne() {
        Account a = salesUser();
        String path = "/api/foundation/users/" + a.id() + "/password";
        Resp wrongOld = http.put(path, a.token(), Map.of("old_password", "not-it-1", "new_password", "NewPass@123"));
        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(wrongOld.fields()).containsExactly("old_password");
        Resp tooShort = http.put(path, a.token(), Map.of("old_password", a.password(), "new_password", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.fields()).containsExactly("new_password");

        assertThat(http.put(path, a.token(), Map.of("old_password", a.password(), "new_password", "NewPass@123"))
                .status()).isEqualTo(200);
        assertThat(http.post("/api/foundation/auth/login", null, Map.of("email", a.email(), "password", a.password()))
                .status()).isEqualTo(401);
        assertThat(login(a.email(), "NewPass@123")).isNotBlank();
    }

    @Test
    void roleAssignmentIsIdempotent() {
        String admin = adminToken();
        String name = unique("rol");
        String id = createUser(name, name + "@example.com", "Passw0rd!x", List.of());
        String path = "/api/foundation/users/" + id + "/roles/" + ROLE_SALES;
        assertThat(http.post(path, admin, null).status()).isEqualTo(200);
        Resp twice = http.post(path, admin, null);
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.data()).hasSize(1);
        Resp list = http.get("/api/foundation/users/" + id + "/roles", admin);
        assertThat(list.data()).hasSize(1);
        assertThat(list.data().get(0).get("code").asText()).isEqualTo("SALES");
        assertThat(http.delete(path, admin).data()).isEmpty();
        assertThat(http.delete(path, admin).status()).isEqualTo(200);
        assertThat(http.get("/api/foundation/users/" + id + "/roles", admin).data()).isEmpty();
        assertThat(http.post("/api/foundation/users/" + id + "/roles/00000000-0000-0000-0000-00000000dead", admin, null)
                .status()).isEqualTo(404);
    }

    /**
     * {@code GET /users/{id}} reads one projection query instead of the entity (UserRepository.responseRows): it must
     * answer exactly what the entity-based answers of create and list give, with two roles (one row per role) and
     * with none.
     */
    @Test
    void getAnswersWhatCreateAndListAnswer() {
        String admin = adminToken();
        String name = unique("get");
        Map<String, Object> b = body(name, name + "@example.com");
        b.put("display_name", "Gita");
        b.put("phone", "+62 811 000");
        b.put("role_ids", List.of(ROLE_SALES, ROLE_ADMIN));
        Resp created = http.post("/api/foundation/users", admin, b);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().get("id").asText();

        Resp got = http.get("/api/foundation/users/" + id, admin);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.data()).isEqualTo(created.data());
        assertThat(got.data().get("roles")).hasSize(2);
        assertThat(got.data().get("primary_organization_name").asText()).isEqualTo("BANTU");
        Resp listed = http.get("/api/foundation/users?username=" + name, admin);
        assertThat(listed.data().get("records").get(0)).isEqualTo(got.data());

        String bare = unique("bare");
        String bareId = createUser(bare, bare + "@example.com", "Passw0rd!x", List.of());
        Resp none = http.get("/api/foundation/users/" + bareId, admin);
        assertThat(none.data().get("roles")).isEmpty();
        assertThat(none.data()).isEqualTo(http.get("/api/foundation/users?username=" + bare, admin)
                .data().get("records").get(0));
    }
}

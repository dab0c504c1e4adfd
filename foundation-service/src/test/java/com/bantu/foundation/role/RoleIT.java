package com.bantu.foundation.role;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.foundation.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleIT extends IntegrationTestBase {

    @Test
    void listIsAPlainArrayWithTheSeededRoles() {
        Resp r = http.get("/api/foundation/roles", salesUser().token());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().isArray()).isTrue();
        List<String> codes = new java.util.ArrayList<>();
        r.data().forEach(n -> codes.add(n.get("code").asText()));
        assertThat(codes).contains("ADMIN", "SALES", "FINANCE", "OPERATION", "AGENT");
        assertThat(r.data().get(0).has("permissions")).isTrue();
    }

    @Test
    void crudWithPermissions() {
        String admin = adminToken();
        String code = unique("R_").toUpperCase();
        Resp created = http.post("/api/foundation/roles", admin, Map.of("code", code, "name", "Custom",
                "permissions", List.of("customer.view"), "name_zh", "自定义", "data_scope", "org"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().get("id").asText();
        assertThat(created.data().get("permissions").get(0).get("code").asText()).isEqualTo("customer.view");
        assertThat(created.data().get("name_zh").asText()).isEqualTo("自定义");
        assertThat(created.data().get("data_scope").asText()).isEqualTo("org");
        Resp unknown = http.post("/api/foundation/roles", admin, Map.of("code", code + "X", "name", "Custom",
                "permissions", List.of("customer:read")));
        assertThat(unknown.status()).as("colon-style codes are not in the catalogue").isEqualTo(400);
        assertThat(unknown.fields()).containsExactly("permissions");

        Resp dup = http.post("/api/foundation/roles", admin, Map.of("code", code, "name", "Again"));
        assertThat(dup.status()).isEqualTo(409);

        Resp updated = http.put("/api/foundation/roles/" + id, admin, Map.of("name", "Renamed",
                "permissions", List.of("customer.view", "order.view")));
        assertThat(updated.data().get("name").asText()).isEqualTo("Renamed");
        assertThat(updated.data().get("permissions")).hasSize(2);
        assertThat(http.get("/api/foundation/roles/" + id, admin).data().get("code").asText()).isEqualTo(code);

        String name = unique("holder");
        String user = createUser(name, name + "@example.com", "Passw0rd!x", List.of(id));
        Resp login = http.post("/api/foundation/auth/login", null,
                Map.of("email", name + "@example.com", "password", "Passw0rd!x"));
        assertThat(login.data().get("user").get("permissions").toString())
                .contains("\"order.view\"", "\"ORDER:READ\"", "\"CUSTOMER:READ\"");
        assertThat(http.delete("/api/foundation/roles/" + id, admin).status()).as("still assigned").isEqualTo(409);
        http.delete("/api/foundation/users/" + user + "/roles/" + id, admin);
        assertThat(http.delete("/api/foundation/roles/" + id, admin).status()).isEqualTo(200);
        assertThat(http.get("/api/foundation/roles/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void presetRolesCannotBeDeletedAndValidationAndRights() {
        String admin = adminToken();
        assertThat(http.delete("/api/foundation/roles/" + ROLE_SALES, admin).status()).isEqualTo(409);
        Resp bad = http.post("/api/foundation/roles", admin, Map.of("code", "", "name", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).contains("code", "name");
        Resp longCode = http.post("/api/foundation/roles", admin, Map.of("code", "X".repeat(51), "name", "n"));
        assertThat(longCode.fields()).containsExactly("code");
        Resp noName = http.put("/api/foundation/roles/" + ROLE_SALES, admin, Map.of("description", "d"));
        assertThat(noName.fields()).containsExactly("name");

        String sales = salesUser().token();
        assertThat(http.post("/api/foundation/roles", sales, Map.of("code", "HACK", "name", "h")).status())
                .isEqualTo(403);
        assertThat(http.put("/api/foundation/roles/" + ROLE_SALES, sales, Map.of("name", "h")).status())
                .isEqualTo(403);
        assertThat(http.delete("/api/foundation/roles/" + ROLE_SALES, sales).status()).isEqualTo(403);
        assertThat(http.get("/api/foundation/roles", null).status()).isEqualTo(401);
        String ghost = "/api/foundation/roles/00000000-0000-0000-0000-00000000f00d";
        assertThat(http.put(ghost, admin, Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(http.delete(ghost, admin).status()).isEqualTo(404);
    }
}

package com.bantu.foundation.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.foundation.IntegrationTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrganizationIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private String create(Map<String, Object> body) {
        Resp r = http.post("/api/foundation/organizations", adminToken(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("id").asText();
    }

    @Test
    void createWithAllFieldsAndReadItBack() {
        String code = unique("VND");
        Map<String, Object> b = new HashMap<>();
        b.put("name", "Visa Vendor");
        b.put("code", code);
        b.put("organization_type", "vendor");
        b.put("email", "vendor@example.com");
        b.put("city", "Jakarta");
        b.put("country_code", "ID");
        b.put("company_size", "small");
        b.put("company_nature", "private");
        b.put("registered_capital", 1000000.50);
        b.put("established_date", "2020-01-31");
        b.put("certifications", List.of("ISO9001"));
        b.put("account_group", "A1");
        String id = create(b);
        Resp r = http.get("/api/foundation/organizations/" + id, adminToken());
        assertThat(r.status()).isEqualTo(200);
        var o = r.data();
        assertThat(o.get("code").asText()).isEqualTo(code);
        assertThat(o.get("city").asText()).isEqualTo("Jakarta");
        assertThat(o.get("registered_capital").decimalValue()).isEqualByComparingTo("1000000.50");
        assertThat(o.get("registered_capital_currency").asText()).isEqualTo("CNY");
        assertThat(o.get("established_date").asText()).isEqualTo("2020-01-31");
        assertThat(o.get("certifications").get(0).asText()).isEqualTo("ISO9001");
        assertThat(o.get("employees_count").asLong()).isZero();
        assertThat(o.get("is_locked").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT account_group FROM vendor_extensions WHERE organization_id = ?",
                String.class, id)).isEqualTo("A1");
    }

    @Test
    void validation() {
        Map<String, Object> b = new HashMap<>();
        b.put("organization_type", "partner");
        b.put("company_size", "huge");
        b.put("registered_capital", -1);
        b.put("email", "x");
        Resp r = http.post("/api/foundation/organizations", adminToken(), b);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsExactlyInAnyOrder("name", "organization_type", "company_size",
                "registered_capital", "email");
        Resp badDate = http.post("/api/foundation/organizations", adminToken(),
                Map.of("name", "x", "organization_type", "internal", "established_date", "31/01/2020"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.fields()).containsExactly("established_date");
        Resp badParent = http.post("/api/foundation/organizations", adminToken(), Map.of("name", "x",
                "organization_type", "internal", "parent_id", "00000000-0000-0000-0000-00000000dead"));
        assertThat(badParent.status()).isEqualTo(400);
        assertThat(badParent.fields()).containsExactly("parent_id");
    }

    @Test
    void duplicateCodeIs409UnknownIs404NonAdminIs403() {
        String code = unique("DUP");
        create(Map.of("name", "A", "code", code, "organization_type", "internal"));
        Resp dup = http.post("/api/foundation/organizations", adminToken(),
                Map.of("name", "B", "code", code, "organization_type", "agent"));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.message()).isEqualTo("组织编码 " + code + " 已存在");

        String ghost = "/api/foundation/organizations/00000000-0000-0000-0000-00000000f00d";
        assertThat(http.get(ghost, adminToken()).status()).isEqualTo(404);
        assertThat(http.get(ghost, adminToken()).message()).isEqualTo("组织不存在");
        assertThat(http.put(ghost, adminToken(), Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(http.delete(ghost, adminToken()).status()).isEqualTo(404);
        assertThat(http.get(ghost + "/employees", adminToken()).status()).isEqualTo(404);

        String sales = salesUser().token();
        assertThat(http.post("/api/foundation/organizations", sales,
                Map.of("name", "x", "organization_type", "internal")).status()).isEqualTo(403);
        assertThat(http.put("/api/foundation/organizations/" + ROOT_ORG, sales, Map.of("is_locked", true)).status())
                .isEqualTo(403);
        assertThat(http.delete("/api/foundation/organizations/" + ROOT_ORG, sales).status()).isEqualTo(403);
        assertThat(http.put("/api/foundation/organizations/" + ROOT_ORG + "/restore", sales, null).status())
                .isEqualTo(403);
        assertThat(http.get("/api/foundation/organizations", sales).status()).isEqualTo(200);
        assertThat(http.get("/api/foundation/organizations", null).status()).isEqualTo(401);
    }

    @Test
    void updateAppliesEveryListedField() {
        String id = create(Map.of("name", "Before", "organization_type", "internal"));
        Resp r = http.put("/api/foundation/organizations/" + id, adminToken(), Map.of("name", "After",
                "email", "after@example.com", "phone", "123", "website", "https://x.example", "description", "d",
                "is_locked", true));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("name").asText()).isEqualTo("After");
        assertThat(r.data().get("email").asText()).isEqualTo("after@example.com");
        assertThat(r.data().get("website").asText()).isEqualTo("https://x.example");
        assertThat(r.data().get("is_locked").asBoolean()).isTrue();
    }

    @Test
    void treeEmployeesAndParentCycles() {
        String tag = unique("T");
        String parent = create(Map.of("name", "Parent " + tag, "code", tag + "P", "organization_type", "internal",
                "parent_id", ROOT_ORG));
        String child = create(Map.of("name", "Child " + tag, "code", tag + "C", "organization_type", "internal",
                "parent_id", parent));
        Resp tree = http.get("/api/foundation/organizations/tree", adminToken());
        assertThat(tree.status()).isEqualTo(200);
        var root = findNode(tree.data(), ROOT_ORG);
        assertThat(root).isNotNull();
        var p = findNode(root.get("children"), parent);
        assertThat(p).as("parent under root").isNotNull();
        assertThat(findNode(p.get("children"), child)).as("child under parent").isNotNull();

        Resp cycle = http.put("/api/foundation/organizations/" + parent, adminToken(), Map.of("parent_id", child));
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(http.get("/api/foundation/organizations?parent_id=" + parent, adminToken())
                .data().get("total").asLong()).isEqualTo(1);
    }

    private static tools.jackson.databind.JsonNode findNode(tools.jackson.databind.JsonNode list, String id) {
        for (var n : list) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
            var inner = findNode(n.get("children"), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    @Test
    void deleteRefusedWhileEmployeesThenSoftDeleteAndRestore() {
        String admin = adminToken();
        String id = create(Map.of("name", "Team", "organization_type", "agent"));
        String name = unique("emp");
        Resp user = http.post("/api/foundation/users", admin, Map.of("username", name, "email", name + "@example.com",
                "password", "Passw0rd!x", "organization_id", id));
        assertThat(user.status()).isEqualTo(200);
        Resp employees = http.get("/api/foundation/organizations/" + id + "/employees", admin);
        assertThat(employees.data()).hasSize(1);
        assertThat(employees.data().get(0).get("user_id").asText()).isEqualTo(user.data().get("id").asText());
        assertThat(employees.data().get(0).get("is_primary").asBoolean()).isTrue();
        assertThat(http.get("/api/foundation/organizations/" + id, admin).data().get("employees_count").asLong())
                .isEqualTo(1);

        Resp refused = http.delete("/api/foundation/organizations/" + id, admin);
        assertThat(refused.status()).isEqualTo(409);

        http.put("/api/foundation/users/" + user.data().get("id").asText(), admin, Map.of("organization_id", ROOT_ORG));
        assertThat(http.delete("/api/foundation/organizations/" + id, admin).status()).isEqualTo(200);
        Resp gone = http.get("/api/foundation/organizations?name=Team&organization_type=agent&size=1000", admin);
        gone.data().get("records").forEach(o -> assertThat(o.get("id").asText()).isNotEqualTo(id));
        assertThat(http.get("/api/foundation/organizations/" + id, admin).data().get("is_active").asBoolean()).isFalse();
        Resp restored = http.put("/api/foundation/organizations/" + id + "/restore", admin, null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.data().get("is_active").asBoolean()).isTrue();
        assertThat(restored.data().get("deleted_at").isNull()).isTrue();
    }

    @Test
    void listFiltersAndShape() {
        String tag = unique("LF");
        create(Map.of("name", tag + " one", "code", tag + "1", "organization_type", "vendor"));
        create(Map.of("name", tag + " two", "code", tag + "2", "organization_type", "agent"));
        Resp r = http.get("/api/foundation/organizations?name=" + tag, adminToken());
        assertThat(r.data().get("total").asLong()).isEqualTo(2);
        assertThat(r.data().has("records")).isTrue();
        assertThat(r.data().has("current")).isTrue();
        assertThat(http.get("/api/foundation/organizations?name=" + tag + "&organization_type=vendor", adminToken())
                .data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get("/api/foundation/organizations?code=" + tag + "2", adminToken())
                .data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get("/api/foundation/organizations?name=%25", adminToken()).data().get("total").asLong())
                .as("LIKE wildcards are escaped").isZero();
    }
}

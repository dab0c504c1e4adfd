package com.bantu.foundation.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.foundation.IntegrationTestBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PermissionIT extends IntegrationTestBase {

    private static final String P = "/api/foundation/permissions";
    private static final String ROLE_AGENT = "00000000-0000-0000-0000-000000000105";
    private static final String ROLE_FINANCE = "00000000-0000-0000-0000-000000000103";
    private static final String ROLE_OPERATION = "00000000-0000-0000-0000-000000000104";

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.has("code") ? n.get("code").asText() : n.asText()));
        return out;
    }

    private static JsonNode claims(String token) {
        return JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
    }

    @Test
    void catalogueIsSeededAndFiltered() {
        String admin = adminToken();
        Resp all = http.get(P + "?is_active=true", admin);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.data().isArray()).isTrue();
        List<String> codes = codes(all.data());
        assertThat(codes).contains("user.create", "finance.report.export", "customer.view", "order.create",
                "product.list", "vendor.view", "agent.view");
        assertThat(codes.size()).isGreaterThanOrEqualTo(62);
        JsonNode first = all.data().get(0);
        assertThat(first.get("resource_type").asText()).isNotBlank();
        assertThat(first.has("name_zh") && first.has("name_id") && first.has("display_order")).isTrue();
        assertThat(codes(http.get(P + "?resource_type=finance", admin).data())).hasSize(6)
                .allMatch(c -> c.startsWith("finance."));
        assertThat(codes(http.get(P + "?is_active=false", admin).data())).doesNotContain("user.create");
        assertThat(http.get(P + "/" + all.data().get(0).get("id").asText(), admin).status()).isEqualTo(200);
        assertThat(http.get(P + "/00000000-0000-0000-0000-00000000dead", admin).status()).isEqualTo(404);
    }

    @Test
    void roleGrantsReadAssignAndAdminIsFixed() {
        String admin = adminToken();
        List<String> sales = codes(http.get(P + "/roles/" + ROLE_SALES, admin).data());
        // SALES reads the receivables of its own orders (finance.receivable.view, since V8: the finance endpoints
        // authorize by permission) but manages none
        assertThat(sales).contains("customer.view", "order.view", "order.create", "lead.convert",
                        "finance.receivable.view")
                .doesNotContain("finance.receivable.manage", "user.create");
        assertThat(codes(http.get(P + "/roles/" + ROLE_FINANCE, admin).data())).contains("finance.report.export");
        assertThat(codes(http.get(P + "/roles/" + ROLE_ADMIN, admin).data()).size()).isGreaterThanOrEqualTo(62);

        Resp adminAssign = http.post(P + "/roles/" + ROLE_ADMIN + "/assign", admin, Map.of("permission_ids", List.of()));
        assertThat(adminAssign.status()).isEqualTo(409);
        assertThat(http.post(P + "/roles/00000000-0000-0000-0000-00000000dead/assign", admin,
                Map.of("permission_ids", List.of())).status()).isEqualTo(404);
        Resp unknown = http.post(P + "/roles/" + ROLE_SALES + "/assign", admin,
                Map.of("permission_ids", List.of("00000000-0000-0000-0000-00000000beef")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fields()).containsExactly("permission_ids");
        assertThat(http.post(P + "/roles/" + ROLE_SALES + "/assign", admin, Map.of()).status()).isEqualTo(400);

        String roleId = http.post("/api/foundation/roles", admin, Map.of("code", unique("P_").toUpperCase(),
                "name", "Assign test")).data().get("id").asText();
        List<String> ids = new ArrayList<>();
        for (JsonNode p : http.get(P, admin).data()) {
            if (List.of("customer.view", "order.view").contains(p.get("code").asText())) {
                ids.add(p.get("id").asText());
            }
        }
        ids.add(ids.get(0)); // duplicates are ignored
        Resp assigned = http.post(P + "/roles/" + roleId + "/assign", admin, Map.of("permission_ids", ids));
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.message()).isEqualTo("角色权限分配成功");
        assertThat(codes(http.get(P + "/roles/" + roleId, admin).data()))
                .containsExactlyInAnyOrder("customer.view", "order.view");
        assertThat(http.get("/api/foundation/roles/" + roleId, admin).data().get("permissions")).hasSize(2);

        String name = unique("pu");
        String user = createUser(name, name + "@example.com", "Perm@12345", List.of(roleId));
        Resp info = http.get(P + "/users/" + user + "/info", admin);
        assertThat(info.status()).isEqualTo(200);
        assertThat(codes(info.data().get("permissions"))).containsExactlyInAnyOrder("customer.view", "order.view");
        assertThat(info.data().get("menus").isArray()).isTrue();
        assertThat(http.get(P + "/users/00000000-0000-0000-0000-00000000dead/info", admin).status()).isEqualTo(404);
    }

    @Test
    void createUpdateAndRights() {
        String admin = adminToken();
        String code = "test." + unique("x").toLowerCase();
        Resp created = http.post(P, admin, Map.of("code", code, "name_zh", "测试", "name_id", "Uji",
                "resource_type", "test", "action", "x", "is_active", false));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().get("id").asText();
        assertThat(http.post(P, admin, Map.of("code", code, "name_zh", "测试", "name_id", "Uji",
                "resource_type", "test", "action", "x")).status()).isEqualTo(409);
        Resp bad = http.post(P, admin, Map.of("code", "", "name_zh", "测试"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).contains("code", "name_id", "resource_type", "action");
        Resp updated = http.put(P + "/" + id, admin, Map.of("name_id", "Uji 2", "display_order", 7));
        assertThat(updated.data().get("name_id").asText()).isEqualTo("Uji 2");
        assertThat(updated.data().get("code").asText()).isEqualTo(code);
        assertThat(http.put(P + "/00000000-0000-0000-0000-00000000dead", admin, Map.of("name_id", "x")).status())
                .isEqualTo(404);

        String sales = salesUser().token();
        assertThat(http.get(P, sales).status()).isEqualTo(403);
        assertThat(http.get(P + "/roles/" + ROLE_SALES, sales).status()).isEqualTo(403);
        assertThat(http.post(P + "/roles/" + ROLE_SALES + "/assign", sales, Map.of("permission_ids", List.of()))
                .status()).isEqualTo(403);
        assertThat(http.post(P, sales, Map.of("code", "a.b", "name_zh", "a", "name_id", "a", "resource_type", "a",
                "action", "b")).status()).isEqualTo(403);
        assertThat(http.get(P, null).status()).isEqualTo(401);
    }

    @Test
    void loginReturnsCodesWithTheSpaAliasesAndTokensCarryPermsAndScope() {
        Account sales = salesUser();
        Resp r = http.post("/api/foundation/auth/login", null, Map.of("email", sales.email(), "password", sales.password()));
        List<String> perms = codes(r.data().get("user").get("permissions"));
        assertThat(perms).contains("ORDER:READ", "CUSTOMER:READ", "CUSTOMER:CREATE", "order.view", "customer.view",
                "LEAD:CONVERT", "FINANCE:READ").doesNotContain("*:*", "FINANCE:WRITE");
        assertThat(perms).isSorted();
        JsonNode claims = claims(r.data().get("token").asText());
        assertThat(codes(claims.get("perms"))).contains("customer.view").doesNotContain("ORDER:READ");
        assertThat(claims.get("scope").asText()).isEqualTo("own");
        assertThat(claims.get("tv").asLong()).isGreaterThanOrEqualTo(0);

        List<String> adminPerms = codes(http.post("/api/foundation/auth/login", null,
                Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).data().get("user").get("permissions"));
        assertThat(adminPerms).contains("FINANCE:READ", "FINANCE:WRITE", "ORDER:READ", "AGENT:READ", "ORG:READ",
                "ROLE:ASSIGN").doesNotContain("*:*");

        for (String[] c : new String[][] {{ROLE_FINANCE, "FINANCE:READ", "all"}, {ROLE_AGENT, "AGENT:READ", "own"},
                {ROLE_OPERATION, "ORDER:READ", "org_and_children"}}) {
            String name = unique("al");
            createUser(name, name + "@example.com", "Alias@1234", List.of(c[0]));
            Resp login = http.post("/api/foundation/auth/login", null,
                    Map.of("email", name + "@example.com", "password", "Alias@1234"));
            assertThat(codes(login.data().get("user").get("permissions"))).contains(c[1]);
            JsonNode cl = claims(login.data().get("token").asText());
            assertThat(cl.get("scope").asText()).isEqualTo(c[2]);
            if (c[2].equals("org_and_children")) {
                assertThat(codes(cl.get("scope_orgs"))).contains(ROOT_ORG);
            }
            // user-info answers the same list
            assertThat(codes(http.get("/api/foundation/auth/user-info", login.data().get("token").asText())
                    .data().get("permissions"))).isEqualTo(codes(login.data().get("user").get("permissions")));
        }
    }

    @Test
    void aliasRules() {
        assertThat(PermissionAliases.alias("organization.view")).isEqualTo("ORG:READ");
        assertThat(PermissionAliases.alias("user.list")).isEqualTo("USER:READ");
        assertThat(PermissionAliases.alias("role.assign")).isEqualTo("ROLE:ASSIGN");
        assertThat(PermissionAliases.alias("finance.receivable.view")).isEqualTo("FINANCE:READ");
        assertThat(PermissionAliases.alias("finance.report.export")).isEqualTo("FINANCE:READ");
        assertThat(PermissionAliases.alias("finance.payable.manage")).isEqualTo("FINANCE:WRITE");
        assertThat(PermissionAliases.alias("order.receive")).isEqualTo("ORDER:RECEIVE");
        assertThat(PermissionAliases.alias("menu.manage")).isEqualTo("MENU:MANAGE");
        assertThat(PermissionAliases.alias("nodot")).isNull();
    }
}

package com.bantu.foundation.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.SeededGrants;
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

/**
 * A role's grants are what its users may do: a revoked grant leaves the next token, and the endpoint that names it
 * refuses that token. The other services' tests mint tokens with {@link SeededGrants}; this class keeps that map
 * equal to the seed.
 */
class PermissionGrantsIT extends IntegrationTestBase {

    private static final String P = "/api/foundation/permissions";
    private static final Map<String, String> BUILT_IN = Map.of("SALES", ROLE_SALES,
            "FINANCE", "00000000-0000-0000-0000-000000000103", "OPERATION", "00000000-0000-0000-0000-000000000104",
            "AGENT", "00000000-0000-0000-0000-000000000105");

    private List<String> grants(String roleId, String field) {
        List<String> out = new ArrayList<>();
        http.get(P + "/roles/" + roleId, adminToken()).data().forEach(p -> out.add(p.get(field).asText()));
        return out;
    }

    private static List<String> perms(String token) {
        JsonNode claims = JsonMapper.builder().build().readTree(new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        claims.get("perms").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void testTokensCarryTheSeededGrants() {
        BUILT_IN.forEach((role, id) -> assertThat(grants(id, "code")).as(role)
                .containsExactlyInAnyOrderElementsOf(SeededGrants.BY_ROLE.get(role)));
    }

    @Test
    void aRevokedGrantLeavesTheNextTokenAndItsEndpointRefusesIt() {
        Account sales = salesUser();
        assertThat(perms(sales.token())).contains("user.list", "customer.create");
        assertThat(http.get("/api/foundation/users", sales.token()).status()).isEqualTo(200);

        List<String> ids = grants(ROLE_SALES, "id");
        List<String> codes = grants(ROLE_SALES, "code");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!List.of("user.list", "customer.create").contains(codes.get(i))) {
                kept.add(ids.get(i));
            }
        }
        try {
            Resp revoked = http.post(P + "/roles/" + ROLE_SALES + "/assign", adminToken(),
                    Map.of("permission_ids", kept));
            assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
            String next = login(sales.email(), sales.password());
            assertThat(perms(next)).doesNotContain("user.list", "customer.create").contains("customer.view");
            // the staff picker needs user.list (Roles.USER_LIST): refused now
            assertThat(http.get("/api/foundation/users", next).status()).isEqualTo(403);
        } finally {
            assertThat(http.post(P + "/roles/" + ROLE_SALES + "/assign", adminToken(), Map.of("permission_ids", ids))
                    .status()).isEqualTo(200);
        }
        String restored = login(sales.email(), sales.password());
        assertThat(perms(restored)).contains("user.list", "customer.create");
        assertThat(http.get("/api/foundation/users", restored).status()).isEqualTo(200);
    }
}

package com.bantu.business.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LeadPoolIT extends IntegrationTestBase {

    private static final String POOLS = "/api/business/lead-pools";
    private static final String POOLS_ALIAS = "/api/order-workflow/lead-pools";

    private String tokenIn(String userId, String role, String org) {
        return jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(userId, role.toLowerCase() + "-user", null, List.of(role), org)))
                .token();
    }

    @Test
    void poolsPerOrganizationAdminWritesAndMoveToPoolNamesOne() {
        String admin = admin();
        User sales = user("SALES");
        for (String base : List.of(POOLS, POOLS_ALIAS)) {
            Resp created = http.post(base, admin, map("name", " Jakarta pool ", "description", "walk-ins"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode p = created.data();
            assertThat(p.get("name").asText()).isEqualTo("Jakarta pool");
            assertThat(p.get("organization_id").asText()).isEqualTo("org-1");
            assertThat(p.get("is_active").asBoolean()).isTrue();
            String id = p.get("id").asText();
            assertThat(http.get(base + "/" + id, sales.token()).data().get("description").asText())
                    .isEqualTo("walk-ins");
            Resp upd = http.put(base + "/" + id, admin, map("name", "Jakarta", "is_active", false));
            assertThat(upd.data().get("name").asText()).isEqualTo("Jakarta");
            assertThat(upd.data().get("is_active").asBoolean()).isFalse();
            assertThat(http.delete(base + "/" + id, admin).status()).isEqualTo(200);
            assertThat(http.get(base + "/" + id, admin).status()).isEqualTo(404);
        }
        // validation, rights, organizations
        assertThat(http.post(POOLS, admin, map("description", "x")).fields()).containsExactly("name");
        assertThat(http.post(POOLS, sales.token(), map("name", "mine")).status()).isEqualTo(403);
        assertThat(http.post(POOLS, token("FINANCE"), map("name", "x")).status()).isEqualTo(403);
        assertThat(http.get(POOLS, null).status()).isEqualTo(401);
        String pool = http.post(POOLS, admin, map("name", unique("Pool "))).data().get("id").asText();
        String otherOrgPool = http.post(POOLS, admin, map("name", unique("Bali "), "organization_id", "org-2"))
                .data().get("id").asText();
        assertThat(http.put(POOLS + "/" + pool, sales.token(), map("name", "x")).status()).isEqualTo(403);
        JsonNode mine = http.get(POOLS, sales.token()).data();
        assertThat(mine.toString()).contains(pool).doesNotContain(otherOrgPool);
        assertThat(http.get(POOLS + "/" + otherOrgPool, sales.token()).status()).as("another organization")
                .isEqualTo(404);
        assertThat(http.get(POOLS + "/" + otherOrgPool, tokenIn(uuid(), "SALES", "org-2")).status()).isEqualTo(200);
        assertThat(http.get(POOLS + "?organization_id=org-2", admin).data().toString()).contains(otherOrgPool)
                .doesNotContain(pool);
        // move-to-pool names a pool of the lead's organization
        String lead = http.post("/api/business/leads", sales.token(), map("name", unique("Pool lead ")))
                .data().get("id").asText();
        assertThat(http.post("/api/business/leads/" + lead + "/move-to-pool", sales.token(),
                map("pool_id", otherOrgPool)).fields()).containsExactly("pool_id");
        assertThat(http.post("/api/business/leads/" + lead + "/move-to-pool", sales.token(),
                map("pool_id", uuid())).fields()).containsExactly("pool_id");
        Resp moved = http.post("/api/order-workflow/leads/" + lead + "/move-to-pool", sales.token(),
                map("pool_id", pool));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.data().get("pool_id").asText()).isEqualTo(pool);
        assertThat(moved.data().get("is_in_public_pool").asBoolean()).isTrue();
        // deleting the pool leaves the lead in the public pool without one
        assertThat(http.delete(POOLS + "/" + pool, admin).status()).isEqualTo(200);
        JsonNode after = http.get("/api/business/leads/" + lead, sales.token()).data();
        assertThat(after.get("pool_id").isNull()).isTrue();
        assertThat(after.get("is_in_public_pool").asBoolean()).isTrue();
    }
}

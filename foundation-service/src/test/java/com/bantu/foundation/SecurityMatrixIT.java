package com.bantu.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every protected endpoint refuses a missing token (401) and every admin (or admin-permission) endpoint refuses a
 * SALES user (403): user and organization details, the permission catalogue and role grants included.
 */
class SecurityMatrixIT extends IntegrationTestBase {

    private static final String U = "/api/foundation/users/00000000-0000-0000-0000-000000000011";
    private static final String O = "/api/foundation/organizations/" + ROOT_ORG;
    private static final String R = "/api/foundation/roles/" + ROLE_SALES;
    private static final String P = "/api/foundation/permissions";
    private static final String P1 = P + "/00000000-0000-0000-0002-000000000001";

    private static final List<String[]> PROTECTED = List.of(
            new String[] {"GET", "/api/foundation/auth/user-info"}, new String[] {"POST", "/api/foundation/auth/logout"},
            new String[] {"GET", "/api/foundation/users"}, new String[] {"POST", "/api/foundation/users"},
            new String[] {"GET", U}, new String[] {"PUT", U}, new String[] {"DELETE", U},
            new String[] {"PUT", U + "/restore"}, new String[] {"PUT", U + "/password"},
            new String[] {"POST", U + "/reset-password"}, new String[] {"GET", U + "/roles"},
            new String[] {"POST", U + "/roles/" + ROLE_SALES}, new String[] {"DELETE", U + "/roles/" + ROLE_SALES},
            new String[] {"GET", "/api/foundation/organizations"}, new String[] {"POST", "/api/foundation/organizations"},
            new String[] {"GET", "/api/foundation/organizations/tree"}, new String[] {"GET", O},
            new String[] {"PUT", O}, new String[] {"DELETE", O}, new String[] {"PUT", O + "/restore"},
            new String[] {"GET", O + "/employees"}, new String[] {"GET", "/api/foundation/roles"},
            new String[] {"POST", "/api/foundation/roles"}, new String[] {"GET", R}, new String[] {"PUT", R},
            new String[] {"DELETE", R}, new String[] {"GET", "/internal/stats/users"},
            new String[] {"GET", P}, new String[] {"POST", P}, new String[] {"GET", P1}, new String[] {"PUT", P1},
            new String[] {"GET", P + "/roles/" + ROLE_SALES}, new String[] {"POST", P + "/roles/" + ROLE_SALES + "/assign"},
            new String[] {"GET", P + "/users/00000000-0000-0000-0000-000000000011/info"});

    private static final List<String[]> ADMIN_ONLY = List.of(
            new String[] {"POST", "/api/foundation/users", "{\"username\":\"zzz\",\"email\":\"zzz@example.com\","
                    + "\"password\":\"Passw0rd!x\",\"organization_id\":\"" + ROOT_ORG + "\"}"},
            new String[] {"PUT", U, "{\"phone\":\"1\"}"}, new String[] {"DELETE", U, null},
            new String[] {"PUT", U + "/restore", null}, new String[] {"POST", U + "/reset-password",
                    "{\"new_password\":\"Passw0rd!x\"}"},
            new String[] {"POST", U + "/roles/" + ROLE_SALES, null}, new String[] {"DELETE", U + "/roles/" + ROLE_SALES, null},
            new String[] {"POST", "/api/foundation/organizations", "{\"name\":\"x\",\"organization_type\":\"internal\"}"},
            new String[] {"PUT", O, "{\"name\":\"x\"}"}, new String[] {"DELETE", O, null},
            new String[] {"PUT", O + "/restore", null},
            new String[] {"POST", "/api/foundation/roles", "{\"code\":\"ZZZ\",\"name\":\"z\"}"},
            new String[] {"PUT", R, "{\"name\":\"x\"}"}, new String[] {"DELETE", R, null},
            new String[] {"GET", P, null}, new String[] {"GET", P1, null},
            new String[] {"POST", P, "{\"code\":\"a.b\",\"name_zh\":\"a\",\"name_id\":\"a\","
                    + "\"resource_type\":\"a\",\"action\":\"b\"}"},
            new String[] {"PUT", P1, "{\"name_id\":\"x\"}"}, new String[] {"GET", P + "/roles/" + ROLE_SALES, null},
            new String[] {"POST", P + "/roles/" + ROLE_SALES + "/assign", "{\"permission_ids\":[]}"},
            new String[] {"GET", P + "/users/00000000-0000-0000-0000-000000000011/info", null},
            new String[] {"GET", "/api/foundation/users?include_deleted=true", null},
            new String[] {"GET", "/api/foundation/organizations?include_deleted=true", null},
            new String[] {"GET", O + "/employees", null},
            new String[] {"GET", U, null}, new String[] {"GET", U + "/roles", null});

    @Test
    void everyProtectedEndpointAnswers401WithoutAToken() {
        for (String[] e : PROTECTED) {
            Resp r = http.send(e[0], e[1], null, null, java.util.Map.of());
            assertThat(r.status()).as(e[0] + " " + e[1]).isEqualTo(401);
            assertThat(r.body().get("code").asInt()).as(e[0] + " " + e[1]).isEqualTo(401);
        }
    }

    @Test
    void everyAdminEndpointAnswers403ToASalesUser() {
        assertAdminOnlyRefused(salesUser().token(), "SALES");
    }

    @Test
    void everyAdminEndpointAndTheStaffDirectoryAnswer403ToAnAgentAndToAUserWithoutARole() {
        for (List<String> roles : List.of(List.of("00000000-0000-0000-0000-000000000105"), List.<String>of())) {
            String name = unique("m");
            createUser(name, name + "@example.com", "Matrix@123", roles);
            String token = login(name + "@example.com", "Matrix@123");
            assertAdminOnlyRefused(token, roles.isEmpty() ? "no role" : "AGENT");
            assertThat(http.get("/api/foundation/users", token).status()).as("staff directory").isEqualTo(403);
        }
    }

    private void assertAdminOnlyRefused(String token, String who) {
        for (String[] e : ADMIN_ONLY) {
            Resp r = http.send(e[0], e[1], token, e[2], java.util.Map.of());
            assertThat(r.status()).as(who + ": " + e[0] + " " + e[1]).isEqualTo(403);
            assertThat(r.body().get("code").asInt()).isEqualTo(403);
        }
        // the admin is untouched
        assertThat(http.get(U, adminToken()).data().get("is_active").asBoolean()).isTrue();
    }
}

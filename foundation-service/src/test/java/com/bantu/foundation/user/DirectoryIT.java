package com.bantu.foundation.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.foundation.IntegrationTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who reads what of the staff directory and of organizations. */
class DirectoryIT extends IntegrationTestBase {

    private static final String ROLE_AGENT = "00000000-0000-0000-0000-000000000105";
    private static final String ROLE_OPERATION = "00000000-0000-0000-0000-000000000104";
    private static final String USERS = "/api/foundation/users";

    private String tokenWith(List<String> roles) {
        String name = unique("d");
        createUser(name, name + "@example.com", "Dir@12345", roles);
        return login(name + "@example.com", "Dir@12345");
    }

    @Test
    void adminReadsFullRecordsIncludingDeleted() {
        String admin = adminToken();
        Resp r = http.get(USERS + "?size=5", admin);
        assertThat(r.status()).isEqualTo(200);
        var first = r.data().get("records").get(0);
        assertThat(first.has("email")).isTrue();
        assertThat(first.has("last_login_at")).isTrue();
        assertThat(http.get(USERS + "?include_deleted=true", admin).status()).isEqualTo(200);
        assertThat(http.get("/api/foundation/organizations/" + ROOT_ORG + "/employees", admin).status())
                .isEqualTo(200);
    }

    @Test
    void staffWithUserListGetThePickerProjectionOnly() {
        for (List<String> roles : List.of(List.of(ROLE_SALES), List.of(ROLE_OPERATION))) {
            String t = tokenWith(roles);
            Resp r = http.get(USERS + "?size=50", t);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.data().get("total").asLong()).isPositive();
            var row = r.data().get("records").get(0);
            List<String> fields = new java.util.ArrayList<>(row.propertyNames());
            assertThat(fields).containsExactlyInAnyOrder("id", "username", "display_name");
            assertThat(r.raw()).doesNotContain("@example.com").doesNotContain("admin@bantu.sbs");
            assertThat(http.get(USERS + "?include_deleted=true", t).status()).isEqualTo(403);
            assertThat(http.get(USERS + "/00000000-0000-0000-0000-000000000011", t).status()).isEqualTo(403);
            assertThat(http.get("/api/foundation/organizations/" + ROOT_ORG + "/employees", t).status())
                    .isEqualTo(403);
            Resp org = http.get("/api/foundation/organizations/" + ROOT_ORG, t);
            assertThat(org.status()).isEqualTo(200);
            assertThat(org.data().get("name").asText()).isEqualTo("BANTU");
            assertThat(org.data().get("tax_id").isNull()).isTrue();
            assertThat(org.data().get("annual_revenue").isNull()).isTrue();
        }
    }

    @Test
    void agentsAndUsersWithoutARoleSeeNoneOfTheStaffDirectory() {
        for (List<String> roles : List.of(List.of(ROLE_AGENT), List.<String>of())) {
            String t = tokenWith(roles);
            assertThat(http.get(USERS, t).status()).as("roles " + roles).isEqualTo(403);
            assertThat(http.get(USERS + "?include_deleted=true", t).status()).isEqualTo(403);
            assertThat(http.get(USERS + "/00000000-0000-0000-0000-000000000011", t).status()).isEqualTo(403);
            assertThat(http.get("/api/foundation/organizations/" + ROOT_ORG + "/employees", t).status())
                    .isEqualTo(403);
            // their own record stays readable
            String me = http.get("/api/foundation/auth/user-info", t).data().get("id").asText();
            assertThat(http.get(USERS + "/" + me, t).status()).isEqualTo(200);
        }
    }
}

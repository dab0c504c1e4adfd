package com.bantu.foundation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.InternalContract;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.foundation.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InternalApiIT extends IntegrationTestBase {

    @Autowired
    JwtService jwt;

    @Test
    void serviceTokenReadsNamesAndStats() {
        String service = jwt.issueServiceToken("analytics-monitoring-service").token();
        Resp names = http.get("/internal/users/names?ids=00000000-0000-0000-0000-000000000011,nope", service);
        assertThat(names.status()).isEqualTo(200);
        assertThat(names.data().get("00000000-0000-0000-0000-000000000011").asText()).isEqualTo("系统管理员");
        assertThat(names.data().has("nope")).isFalse();
        Resp orgs = http.get("/internal/organizations/names?ids=" + ROOT_ORG, service);
        assertThat(orgs.data().get(ROOT_ORG).asText()).isEqualTo("BANTU");

        Resp users = http.get("/internal/stats/users", service);
        assertThat(users.data().get("total_users").asLong()).isPositive();
        assertThat(users.data().get("by_role").get("ADMIN").asLong()).isPositive();
        assertThat(users.data().get("last_login_stats").has("never")).isTrue();
        Resp o = http.get("/internal/stats/organizations", service);
        assertThat(o.data().get("by_type").get("internal").asLong()).isPositive();
        assertThat(o.data().get("total_employees").asLong()).isPositive();
    }

    @Test
    void serviceTokenReadsPrimaryOrganizationsOfUsers() {
        String service = jwt.issueServiceToken("service-management-service").token();
        Account sales = salesUser();
        Resp r = http.get("/internal/users/primary-organizations?ids=" + sales.id()
                + ",00000000-0000-0000-0000-000000000011,nope", service);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get(sales.id()).asText()).isEqualTo(ROOT_ORG);
        assertThat(r.data().get("00000000-0000-0000-0000-000000000011").asText()).isEqualTo(ROOT_ORG);
        assertThat(r.data().has("nope")).isFalse();
        assertThat(http.get("/internal/users/primary-organizations?ids=" + sales.id(), sales.token()).status())
                .isEqualTo(403);
    }

    /**
     * The real answers of the endpoints analytics reads, recorded for analytics' {@code InternalContractTest}
     * (see common-lib's {@code InternalContract}); also checks they are this package's records, field for field.
     */
    @Test
    void recordsTheRealStatsAnswersForTheConsumers() {
        String service = jwt.issueServiceToken("analytics-monitoring-service").token();
        for (String path : new String[] {"/internal/stats/users", "/internal/stats/organizations"}) {
            Resp r = http.get(path, service);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            InternalContract.record(path, r.raw());
        }
        assertThat(http.get("/internal/stats/users", service).data().propertyNames())
                .containsExactlyInAnyOrder("total_users", "active_users", "by_role", "last_login_stats");
        assertThat(http.get("/internal/stats/organizations", service).data().propertyNames())
                .containsExactlyInAnyOrder("total", "total_employees", "by_type");
    }

    @Test
    void userTokensAdminsIncludedAndAnonymousCallersAreRefused() {
        assertThat(http.get("/internal/stats/users", salesUser().token()).status()).isEqualTo(403);
        assertThat(http.get("/internal/stats/users", adminToken()).status()).isEqualTo(403);
        assertThat(http.get("/internal/stats/users", null).status()).isEqualTo(401);
    }
}

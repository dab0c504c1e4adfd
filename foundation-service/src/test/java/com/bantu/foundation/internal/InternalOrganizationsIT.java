package com.bantu.foundation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.foundation.IntegrationTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code /internal/organizations} (list with filters, by id): what service-management's supplier pages read. */
class InternalOrganizationsIT extends IntegrationTestBase {

    @Autowired
    JwtService jwt;

    @Test
    void listsVendorsWithFiltersAndReadsOneById() {
        String code = unique("VND");
        Resp created = http.post("/api/foundation/organizations", adminToken(), Map.of("name", "Vendor " + code,
                "code", code, "organization_type", "vendor", "email", "v@example.com", "phone", "+62 1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().get("id").asText();
        String service = jwt.issueServiceToken("service-management-service").token();

        Resp list = http.get("/internal/organizations?organization_type=vendor&code=" + code + "&page=1&size=5",
                service);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.data().get("total").asLong()).isEqualTo(1);
        JsonNode row = list.data().get("records").get(0);
        assertThat(row.get("id").asText()).isEqualTo(id);
        assertThat(row.get("organization_type").asText()).isEqualTo("vendor");
        assertThat(row.get("phone").asText()).isEqualTo("+62 1");
        assertThat(row.get("is_locked").asBoolean()).isFalse();
        assertThat(http.get("/internal/organizations?organization_type=internal&code=" + code, service)
                .data().get("total").asLong()).isZero();
        assertThat(http.get("/internal/organizations?organization_type=vendor&is_locked=true&code=" + code, service)
                .data().get("total").asLong()).isZero();
        assertThat(http.get("/internal/organizations?organization_type=vendor&name=" + code.substring(3), service)
                .data().get("total").asLong()).isEqualTo(1);

        Resp one = http.get("/internal/organizations/" + id, service);
        assertThat(one.data().get("name").asText()).isEqualTo("Vendor " + code);
        assertThat(http.get("/internal/organizations/00000000-0000-0000-0000-00000000dead", service).status())
                .isEqualTo(404);
        assertThat(http.get("/internal/organizations/" + id, salesUser().token()).status()).isEqualTo(403);
        assertThat(http.get("/internal/organizations", null).status()).isEqualTo(401);
    }
}

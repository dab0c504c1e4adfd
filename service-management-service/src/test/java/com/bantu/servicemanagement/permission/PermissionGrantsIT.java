package com.bantu.servicemanagement.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The endpoints authorize by the permission codes of the token ({@code perms}), not by role names: what a role may do
 * is what foundation grants it. (foundation's {@code PermissionGrantsIT} shows a revoked grant leaving the next
 * token; this class shows the service acting on what the token carries.)
 */
class PermissionGrantsIT extends IntegrationTestBase {

    private static final String CUSTOMERS = "/api/service-management/customers";

    private String token(String userId, String role, List<String> perms) {
        return jwt.issueAccess(new JwtService.Subject(userId, "user-" + userId.substring(0, 8), null, List.of(role),
                null, 0, perms, "own", List.of())).token();
    }

    @Test
    void aCustomRoleHoldingOnlyCustomerViewReadsCustomersButChangesNothing() {
        String userId = uuid();
        String viewer = token(userId, "AUDITOR", List.of("customer.view"));
        String own = createCustomer(Map.of("owner_user_id", userId)).get("id").asText();

        Resp list = http.get(CUSTOMERS, viewer);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.data().toString()).contains(own);
        assertThat(http.get(CUSTOMERS + "/" + own, viewer).status()).isEqualTo(200);
        assertThat(http.get(CUSTOMERS + "/" + own + "/follow-ups", viewer).status()).isEqualTo(200);

        assertThat(http.post(CUSTOMERS, viewer, map("name", unique("Refused "))).status()).isEqualTo(403);
        assertThat(http.put(CUSTOMERS + "/" + own, viewer, map("name", unique("Refused "))).status()).isEqualTo(403);
        assertThat(http.post(CUSTOMERS + "/" + own + "/follow-ups", viewer, map("content", "call"))
                .status()).isEqualTo(403);
        // customer.view opens no other resource
        assertThat(http.get("/api/service-management/products", viewer).status()).isEqualTo(403);
        assertThat(http.get("/api/service-management/service-records", viewer).status()).isEqualTo(403);

        // the same user with customer.create as well may create
        String creator = token(userId, "AUDITOR", List.of("customer.view", "customer.create"));
        Resp created = http.post(CUSTOMERS, creator, map("name", unique("Allowed ")));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
    }

    @Test
    void aSalesTokenWithoutAGrantIsRefusedThatEndpointOnly() {
        String userId = uuid();
        List<String> seeded = SeededGrants.of(List.of("SALES"));
        assertThat(seeded).contains("customer.create", "customer.view");
        List<String> revoked = new ArrayList<>(seeded);
        revoked.remove("customer.create");

        String full = token(userId, "SALES", seeded);
        String withoutCreate = token(userId, "SALES", revoked);
        Resp allowed = http.post(CUSTOMERS, full, map("name", unique("Sales ")));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
        assertThat(http.post(CUSTOMERS, withoutCreate, map("name", unique("Sales "))).status()).isEqualTo(403);
        assertThat(http.get(CUSTOMERS, withoutCreate).status()).isEqualTo(200);
        // the role name alone opens nothing: a SALES token without perms is refused
        assertThat(http.get(CUSTOMERS, token(userId, "SALES", List.of())).status()).isEqualTo(403);
    }
}

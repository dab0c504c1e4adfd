package com.bantu.servicemanagement.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customers as migration V6 left the older ones (an owner, no organization) get their owner's organization from
 * foundation (played by the stub), their service records follow, and an organization-scoped user then sees them.
 */
class CustomerOrganizationBackfillIT extends IntegrationTestBase {

    @Autowired
    CustomerOrganizationBackfill backfill;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void customersWithoutAnOrganizationGetTheirOwnersAndTheirServiceRecordsFollow() {
        String owner = uuid();
        String homeless = uuid();
        String org = uuid();
        String other = uuid();
        FOUNDATION.primaryOrganizations.put(owner, org);
        String placed = legacyCustomer(owner);
        String unplaced = legacyCustomer(homeless);
        String already = legacyCustomer(owner);
        jdbc.update("UPDATE customers SET organization_id = ? WHERE id = ?", other, already);
        Resp record = http.post("/api/service-management/service-records", admin(),
                map("customer_id", placed, "service_name", "KITAS"));
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        String recordId = record.data().get("id").asText();
        jdbc.update("UPDATE service_records SET organization_id = NULL WHERE id = ?", recordId);

        String colleague = token(uuid(), "SALES", org, "org", List.of(org));
        assertThat(http.get("/api/service-management/customers/" + placed, colleague).status()).isEqualTo(404);

        backfill.restart();
        assertThat(backfill.run()).isGreaterThanOrEqualTo(1);

        assertThat(organizationOf("customers", placed)).isEqualTo(org);
        assertThat(organizationOf("customers", unplaced)).isNull();
        assertThat(organizationOf("customers", already)).isEqualTo(other);
        assertThat(organizationOf("service_records", recordId)).isEqualTo(org);
        assertThat(http.get("/api/service-management/customers/" + placed, colleague).status()).isEqualTo(200);
        assertThat(http.get("/api/service-management/customers/" + already, colleague).status()).isEqualTo(404);

        // a second round has nothing left to place; foundation unreachable leaves everything as it is
        assertThat(backfill.run()).isZero();
        FOUNDATION.down = true;
        try {
            backfill.restart();
            backfill.scheduled();
            assertThat(organizationOf("customers", unplaced)).isNull();
        } finally {
            FOUNDATION.down = false;
        }
    }

    /** A customer owned by {@code owner} whose organization is empty, like those created before V6. */
    private String legacyCustomer(String owner) {
        String id = createCustomer(Map.of("owner_user_id", owner)).get("id").asText();
        jdbc.update("UPDATE customers SET organization_id = NULL WHERE id = ?", id);
        return id;
    }

    private String organizationOf(String table, String id) {
        return jdbc.queryForObject("SELECT organization_id FROM " + table + " WHERE id = ?", String.class, id);
    }
}

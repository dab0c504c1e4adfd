package com.bantu.servicemanagement.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every write of this service becomes an audit record (common-lib's AuditFilter) that the outbox delivers as event
 * {@code audit.recorded}; here the consumer is a real local HTTP server standing in for foundation.
 */
class AuditIT extends IntegrationTestBase {

    @Test
    void customerWritesAreRecordedAndDelivered() {
        String adminId = uuid();
        String admin = token(adminId, "ADMIN");
        Resp created = http.post("/api/service-management/customers", admin, map("name", unique("Audited ")));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().path("id").asText();
        String name = created.data().path("name").asText();
        JsonNode create = AUDIT.delivered(created);
        assertThat(create.path("action").asText()).isEqualTo("CREATE");
        assertThat(create.path("resource_type").asText()).isEqualTo("customer");
        assertThat(create.path("resource_id").asText()).isEqualTo(id);
        assertThat(create.path("category").asText()).isEqualTo("customer_management");
        assertThat(create.path("user_id").asText()).isEqualTo(adminId);
        assertThat(create.path("service").asText()).isEqualTo("service-management-service");
        assertThat(create.path("status").asText()).isEqualTo("success");

        String renamed = unique("Renamed ");
        Resp updated = http.put("/api/service-management/customers/" + id, admin, map("name", renamed));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        JsonNode update = AUDIT.delivered(updated);
        assertThat(update.path("action").asText()).isEqualTo("UPDATE");
        assertThat(update.path("resource_id").asText()).isEqualTo(id);
        // the changed fields before and after, nothing else
        assertThat(update.path("old_values").path("name").asText()).isEqualTo(name);
        assertThat(update.path("new_values").path("name").asText()).isEqualTo(renamed);
        assertThat(update.path("new_values").has("id")).isFalse();
        assertThat(update.path("new_values").has("updated_at")).isFalse();

        Resp refused = http.delete("/api/service-management/customers/" + id, sales());
        assertThat(refused.status()).isEqualTo(403);
        JsonNode failed = AUDIT.delivered(refused);
        assertThat(failed.path("action").asText()).isEqualTo("DELETE");
        assertThat(failed.path("status").asText()).isEqualTo("failed");

        Resp deleted = http.delete("/api/service-management/customers/" + id, admin);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(AUDIT.delivered(deleted).path("action").asText()).isEqualTo("DELETE");

        Resp restored = http.put("/api/service-management/customers/" + id + "/restore", admin, null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        JsonNode restore = AUDIT.delivered(restored);
        assertThat(restore.path("action").asText()).isEqualTo("UPDATE");
        assertThat(restore.path("resource_type").asText()).isEqualTo("customer");
        assertThat(restore.path("resource_id").asText()).isEqualTo(id);

        int before = AUDIT.deliveries();
        assertThat(http.get("/api/service-management/customers/" + id, admin).status()).isEqualTo(200);
        sleep(1000);
        assertThat(AUDIT.deliveries()).as("a read is not recorded").isEqualTo(before);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

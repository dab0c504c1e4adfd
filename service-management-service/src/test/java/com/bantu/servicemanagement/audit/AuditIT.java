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
        // a create carries the created fields (after only)
        assertThat(create.path("new_values").path("id").asText()).isEqualTo(id);
        assertThat(create.path("new_values").path("name").asText()).isEqualTo(name);
        assertThat(create.path("old_values").isMissingNode() || create.path("old_values").isNull()).isTrue();
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
        JsonNode delete = AUDIT.delivered(deleted);
        assertThat(delete.path("action").asText()).isEqualTo("DELETE");
        // a delete carries the removed fields (before only)
        assertThat(delete.path("old_values").path("name").asText()).isEqualTo(renamed);
        assertThat(delete.path("new_values").isMissingNode() || delete.path("new_values").isNull()).isTrue();

        Resp restored = http.put("/api/service-management/customers/" + id + "/restore", admin, null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        JsonNode restore = AUDIT.delivered(restored);
        assertThat(restore.path("action").asText()).isEqualTo("UPDATE");
        assertThat(restore.path("resource_type").asText()).isEqualTo("customer");
        assertThat(restore.path("resource_id").asText()).isEqualTo(id);
        // before and after: the deleted row (read although deleted) against the restored one
        assertThat(restore.path("old_values").path("deleted_at").asText()).isNotBlank();
        assertThat(restore.path("new_values").has("deleted_at")).isTrue();
        assertThat(restore.path("new_values").path("deleted_at").isNull()).isTrue();

        int before = AUDIT.deliveries();
        assertThat(http.get("/api/service-management/customers/" + id, admin).status()).isEqualTo(200);
        sleep(1000);
        assertThat(AUDIT.deliveries()).as("a read is not recorded").isEqualTo(before);
    }

    @Test
    void contactServiceRecordAndProductWritesCarryTheirValues() {
        String admin = token(uuid(), "ADMIN");
        String customerId = http.post("/api/service-management/customers", admin, map("name", unique("Owner ")))
                .data().path("id").asText();

        Resp contact = http.post("/api/service-management/contacts", admin, map("customer_id", customerId,
                "first_name", "Ani", "last_name", "W", "mobile", "+62 811"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
        String contactId = contact.data().path("id").asText();
        JsonNode create = AUDIT.delivered(contact);
        assertThat(create.path("resource_type").asText()).isEqualTo("contact");
        assertThat(create.path("resource_id").asText()).isEqualTo(contactId);
        assertThat(create.path("new_values").path("first_name").asText()).isEqualTo("Ani");
        assertThat(create.path("new_values").path("customer_id").asText()).isEqualTo(customerId);

        Resp edited = http.put("/api/service-management/contacts/" + contactId, admin, map("mobile", "+62 822"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode update = AUDIT.delivered(edited);
        assertThat(update.path("old_values").path("mobile").asText()).isEqualTo("+62 811");
        assertThat(update.path("new_values").path("mobile").asText()).isEqualTo("+62 822");
        assertThat(update.path("new_values").has("first_name")).as("only changed fields").isFalse();

        Resp record = http.post("/api/service-management/service-records", admin, map("customer_id", customerId,
                "service_name", "Audited record", "priority", "high"));
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        String recordId = record.data().path("id").asText();
        Resp moved = http.put("/api/service-management/service-records/" + recordId, admin,
                map("status", "in_progress"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonNode recordUpdate = AUDIT.delivered(moved);
        assertThat(recordUpdate.path("resource_type").asText()).isEqualTo("service_record");
        assertThat(recordUpdate.path("old_values").path("status").asText())
                .isEqualTo(record.data().path("status").asText());
        assertThat(recordUpdate.path("new_values").path("status").asText()).isEqualTo("in_progress");

        assertThat(http.delete("/api/service-management/service-records/" + recordId, admin).status())
                .isEqualTo(200);
        Resp revived = http.put("/api/service-management/service-records/" + recordId + "/restore", admin, null);
        assertThat(revived.status()).as(revived.toString()).isEqualTo(200);
        JsonNode recordRestore = AUDIT.delivered(revived);
        assertThat(recordRestore.path("resource_id").asText()).isEqualTo(recordId);
        assertThat(recordRestore.path("old_values").path("deleted_at").asText()).isNotBlank();
        assertThat(recordRestore.path("new_values").path("deleted_at").isNull()).isTrue();

        Resp product = http.post("/api/service-management/products", admin, map("name", unique("Audited product ")));
        assertThat(product.status()).as(product.toString()).isEqualTo(200);
        String productId = product.data().path("id").asText();
        String renamed = unique("Renamed product ");
        Resp productEdit = http.put("/api/service-management/products/" + productId, admin, map("name", renamed));
        assertThat(productEdit.status()).as(productEdit.toString()).isEqualTo(200);
        JsonNode productUpdate = AUDIT.delivered(productEdit);
        assertThat(productUpdate.path("old_values").path("name").asText())
                .isEqualTo(product.data().path("name").asText());
        assertThat(productUpdate.path("new_values").path("name").asText()).isEqualTo(renamed);

        Resp removed = http.delete("/api/service-management/contacts/" + contactId, admin);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        JsonNode delete = AUDIT.delivered(removed);
        assertThat(delete.path("action").asText()).isEqualTo("DELETE");
        assertThat(delete.path("old_values").path("mobile").asText()).isEqualTo("+62 822");
        assertThat(delete.path("new_values").isMissingNode() || delete.path("new_values").isNull()).isTrue();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

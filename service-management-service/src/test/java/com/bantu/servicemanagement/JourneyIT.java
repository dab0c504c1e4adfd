package com.bantu.servicemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import org.junit.jupiter.api.Test;

/**
 * The journey on this service alone, with the same paths the gateway forwards unchanged: create a customer,
 * add a contact, open a service record, move it through its statuses. (The cross-process version, which logs in at
 * foundation-service through the gateway, belongs to the end-to-end suite that starts all processes.)
 */
class JourneyIT extends IntegrationTestBase {

    @Test
    void customerContactServiceRecordLifecycle() {
        String token = sales();
        Resp customer = http.post("/api/service-management/customers", token,
                map("name", unique("PT Journey "), "customer_type", "organization", "industry", "Mining"));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(200);
        String customerId = customer.data().get("id").asText();

        Resp contact = http.post("/api/service-management/contacts", token, map("customer_id", customerId,
                "first_name", "Agus", "last_name", "Salim", "is_primary", true, "mobile", "+62 811"));
        assertThat(contact.status()).isEqualTo(200);

        Resp record = http.post("/api/service-management/service-records", token, map("customer_id", customerId,
                "contact_id", contact.data().get("id").asText(), "service_name", "Company registration PMA",
                "priority", "high", "estimated_price", 25000));
        assertThat(record.status()).isEqualTo(200);
        String recordId = record.data().get("id").asText();
        assertThat(record.data().get("contact_name").asText()).isEqualTo("Agus Salim");

        for (String status : new String[] {"in_progress", "on_hold", "in_progress", "completed"}) {
            Resp moved = http.put("/api/service-management/service-records/" + recordId, token,
                    map("status", status));
            assertThat(moved.status()).as(status + ": " + moved).isEqualTo(200);
            assertThat(moved.data().get("status").asText()).isEqualTo(status);
        }
        assertThat(http.put("/api/service-management/service-records/" + recordId, token,
                map("status", "cancelled")).status()).isEqualTo(409);
        Resp list = http.get("/api/service-management/service-records/customers/" + customerId + "/service-records",
                token);
        assertThat(list.data().get("items").get(0).get("status").asText()).isEqualTo("completed");
        assertThat(list.data().get("items").get(0).get("version").asLong()).isEqualTo(4);
    }
}

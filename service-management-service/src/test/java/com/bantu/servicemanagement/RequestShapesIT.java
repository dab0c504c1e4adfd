package com.bantu.servicemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import org.junit.jupiter.api.Test;

/**
 * One request record per resource serves create and partial update: a POST without the fields a create needs is a
 * 400 naming exactly those fields, and a PUT carrying one field (the others absent) changes only that field.
 */
class RequestShapesIT extends IntegrationTestBase {

    private static final String API = "/api/service-management";

    private void createNeeds(String path, String... fields) {
        Resp r = http.post(path, admin(), map("notes", "only notes"));
        assertThat(r.status()).as(path + " " + r).isEqualTo(400);
        assertThat(r.fields()).as(path).containsExactlyInAnyOrder(fields);
    }

    @Test
    void createsNeedTheirFieldsAndUpdatesArePartial() {
        String customerId = createCustomerId();
        createNeeds(API + "/customers", "name");
        createNeeds(API + "/products", "name");
        createNeeds(API + "/contacts", "customer_id", "first_name", "last_name");
        createNeeds(API + "/service-records", "customer_id");
        createNeeds(API + "/customers/" + customerId + "/documents", "document_type", "document_name");
        createNeeds(API + "/customers/" + customerId + "/payment-stages", "stage_number", "amount");

        Resp product = http.post(API + "/products", admin(), map("name", unique("Shape "), "price_list_idr", 100));
        String productId = product.data().get("id").asText();
        createNeeds(API + "/products/" + productId + "/vendors", "vendor_id");
        Resp changed = http.put(API + "/products/" + productId, admin(), map("price_list_idr", 250));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data().get("name").asText()).isEqualTo(product.data().get("name").asText());
        assertThat(changed.data().get("price_list_idr").decimalValue()).isEqualByComparingTo("250");
        // format checks apply to both: a blank name is refused on update too
        assertThat(http.put(API + "/products/" + productId, admin(), map("name", "")).fields())
                .containsExactly("name");

        Resp stage = http.post(API + "/customers/" + customerId + "/payment-stages", admin(),
                map("stage_number", 1, "amount", 500));
        assertThat(stage.status()).as(stage.toString()).isEqualTo(200);
        Resp stageChanged = http.put(API + "/customers/" + customerId + "/payment-stages/"
                + stage.data().get("id").asText(), admin(), map("stage_name", "Deposit"));
        assertThat(stageChanged.status()).as(stageChanged.toString()).isEqualTo(200);
        assertThat(stageChanged.data().get("amount").decimalValue()).isEqualByComparingTo("500");
        assertThat(stageChanged.data().get("stage_name").asText()).isEqualTo("Deposit");
    }
}

package com.bantu.servicemanagement.price;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Price strategies over {@code product_prices}: shapes, overlap rule, approval, history, access. */
class PriceStrategyIT extends IntegrationTestBase {

    private static final String API = "/api/service-management";

    private String product() {
        Resp r = http.post(API + "/products", admin(), map("name", unique("Priced "), "price_list_idr", 100));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("id").asText();
    }

    @Test
    void createListUpdateDeleteAndHistory() {
        String productId = product();
        String org = uuid();
        FOUNDATION.organizations.put(org, "Channel partner");
        Resp created = http.post(API + "/prices", admin(), map("product_id", productId, "price_type", "channel",
                "currency", "IDR", "amount", 900, "effective_from", "2030-01-01T00:00:00",
                "effective_to", "2031-01-01T00:00:00", "organization_id", org, "change_reason", "contract 2030"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().get("id").asText();
        assertThat(created.data().get("organization_name").asText()).isEqualTo("Channel partner");
        assertThat(created.data().get("is_approved").asBoolean()).isFalse();
        assertThat(created.data().get("source").asText()).isEqualTo("manual");
        assertThat(created.data().propertyNames()).contains("product_name", "exchange_rate", "approved_by",
                "approved_at", "changed_by", "created_at", "updated_at");

        // the same key over a meeting range is refused; a later range or another organization is fine
        assertThat(http.post(API + "/prices", admin(), map("product_id", productId, "price_type", "channel",
                "currency", "IDR", "amount", 1, "effective_from", "2030-06-01T00:00:00", "organization_id", org))
                .status()).isEqualTo(409);
        assertThat(http.post(API + "/prices", admin(), map("product_id", productId, "price_type", "channel",
                "currency", "IDR", "amount", 1, "effective_from", "2031-01-01T00:00:00", "organization_id", org))
                .status()).isEqualTo(200);
        assertThat(http.post(API + "/prices", admin(), map("product_id", productId, "price_type", "channel",
                "currency", "IDR", "amount", 2, "effective_from", "2030-06-01T00:00:00")).status()).isEqualTo(200);

        Resp page = http.get(API + "/prices?product_id=" + productId + "&organization_id=" + org + "&size=1",
                sales());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.data().get("total").asLong()).isEqualTo(2);
        assertThat(page.data().get("records").size()).isEqualTo(1);
        assertThat(page.data().get("pages").asLong()).isEqualTo(2);
        assertThat(page.data().get("current").asInt()).isEqualTo(1);
        assertThat(http.get(API + "/prices?product_id=" + productId + "&is_approved=true", admin()).data()
                .get("total").asLong()).isZero();

        String approver = uuid();
        Resp approved = http.put(API + "/prices/" + id, token(approver, "ADMIN"), map("amount", 950,
                "is_approved", true, "change_reason", "raised"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.data().get("amount").decimalValue()).isEqualByComparingTo("950");
        assertThat(approved.data().get("approved_by").asText()).isEqualTo(approver);
        assertThat(approved.data().get("approved_at").isNull()).isFalse();
        assertThat(http.put(API + "/prices/" + id, admin(), map("effective_to", "2031-06-01T00:00:00")).status())
                .isEqualTo(409);

        assertThat(http.put(API + "/products/" + productId, admin(), map("price_list_idr", 120)).status())
                .isEqualTo(200);
        Resp history = http.get(API + "/prices/history/" + productId, token("FINANCE"));
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<String> changes = new ArrayList<>();
        for (JsonNode h : history.data()) {
            changes.add(h.get("price_type").asText() + "/" + h.get("currency").asText() + "/"
                    + h.get("new_price").decimalValue().stripTrailingZeros().toPlainString());
        }
        assertThat(changes).contains("channel/IDR/950", "channel/IDR/900", "channel/IDR/1", "channel/IDR/2",
                "list/IDR/120");
        JsonNode newest = null;
        for (JsonNode h : history.data()) {
            if (h.get("new_price").decimalValue().compareTo(new java.math.BigDecimal("950")) == 0) {
                newest = h;
            }
        }
        assertThat(newest).isNotNull();
        assertThat(newest.get("old_price").decimalValue()).isEqualByComparingTo("900");
        assertThat(newest.get("change_reason").asText()).isEqualTo("raised");
        assertThat(newest.get("organization_id").asText()).isEqualTo(org);
        assertThat(newest.get("effective_to").isNull()).isTrue();

        assertThat(http.delete(API + "/prices/" + id, admin()).status()).isEqualTo(200);
        assertThat(http.delete(API + "/prices/" + id, admin()).status()).isEqualTo(404);
        assertThat(http.get(API + "/prices/history/" + uuid(), admin()).status()).isEqualTo(404);
    }

    @Test
    void validationAndAccess() {
        String productId = product();
        Resp missing = http.post(API + "/prices", admin(), map("product_id", productId));
        assertThat(missing.fields()).containsExactlyInAnyOrder("price_type", "currency", "amount", "effective_from");
        assertThat(http.post(API + "/prices", admin(), map("product_id", productId, "price_type", "retail",
                "currency", "JPY", "amount", -1, "effective_from", "2030-01-01T00:00:00")).fields())
                .containsExactlyInAnyOrder("price_type", "currency", "amount");
        assertThat(http.post(API + "/prices", admin(), map("product_id", uuid(), "price_type", "list",
                "currency", "IDR", "amount", 1, "effective_from", "2030-01-01T00:00:00")).fields())
                .containsExactly("product_id");
        assertThat(http.post(API + "/prices", admin(), map("product_id", productId, "price_type", "list",
                "currency", "IDR", "amount", 1, "effective_from", "2030-01-01T00:00:00",
                "effective_to", "2029-01-01T00:00:00")).fields()).containsExactly("effective_to");
        assertThat(http.get(API + "/prices?price_type=retail", admin()).fields()).containsExactly("price_type");
        for (String role : new String[] {"SALES", "OPERATION", "FINANCE"}) {
            assertThat(http.post(API + "/prices", token(role), map()).status()).as(role).isEqualTo(403);
            assertThat(http.get(API + "/prices", token(role)).status()).as(role).isEqualTo(200);
        }
        assertThat(http.get(API + "/prices", null).status()).isEqualTo(401);
        assertThat(http.put(API + "/prices/" + uuid(), admin(), map("amount", 1)).status()).isEqualTo(404);
    }
}

package com.bantu.servicemanagement.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProductIT extends IntegrationTestBase {

    private static final String BASE = "/api/service-management/products";
    private static final String VISA_CATEGORY = "93c369b2-9487-4213-9cdc-63770b020912";

    private JsonNode create(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.putIfAbsent("name", unique("Product "));
        Resp r = http.post(BASE, admin(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    @Test
    void seededProductsAreThere() {
        Resp b1 = http.get(BASE + "?code=B1", sales());
        assertThat(b1.data().get("total").asLong()).isEqualTo(1);
        JsonNode p = b1.data().get("items").get(0);
        assertThat(p.get("name").asText()).isEqualTo("落地签【B1】");
        assertThat(p.get("price_list_idr").decimalValue()).isEqualByComparingTo("750000");
        assertThat(p.get("price_direct_idr").decimalValue()).isEqualByComparingTo("750000");
        assertThat(p.get("category_name").asText()).isEqualTo("签证服务");
        Resp visa = http.get(BASE + "?size=1000&category_id=" + VISA_CATEGORY, sales());
        assertThat(visa.data().get("total").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(http.get(BASE + "?code=C211_1Day_2", sales()).data().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void createWithAllPriceFieldsAndFilters() {
        String code = unique("P-");
        JsonNode p = create(map("name", "Work visa C312", "code", code, "category_id", VISA_CATEGORY,
                "service_type", "visa", "service_subtype", "work", "processing_days", 10,
                "processing_time_text", "10 工作日", "price_direct_idr", 5_000_000, "price_direct_cny", 2500.5,
                "price_list_idr", 5_500_000, "price_cost_idr", 3_000_000, "commission_rate", 0.05,
                "tags", List.of("visa")));
        assertThat(p.get("status").asText()).isEqualTo("active");
        assertThat(p.get("default_currency").asText()).isEqualTo("IDR");
        assertThat(p.get("price_direct_cny").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(p.get("processing_days").asInt()).isEqualTo(10);
        assertThat(p.get("version").asLong()).isZero();
        assertThat(p.get("category_name").asText()).isEqualTo("签证服务");

        Resp filtered = http.get(BASE + "?service_type=visa&service_subtype=work&status=active&code=" + code,
                token("OPERATION"));
        assertThat(filtered.data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get(BASE + "?name=C312&code=" + code, sales()).data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get(BASE + "?status=gone", sales()).fields()).containsExactly("status");
        assertThat(http.get(BASE + "?sort_by=price_cost", sales()).fields()).containsExactly("sort_by");
        assertThat(http.get(BASE + "?sort_by=price_list_idr&sort_order=desc", sales()).status()).isEqualTo(200);
    }

    @Test
    void validationAndConflicts() {
        assertThat(http.post(BASE, admin(), map("code", unique("x"))).fields()).containsExactly("name");
        assertThat(http.post(BASE, admin(), map("name", "N", "price_list_idr", -1)).fields())
                .containsExactly("price_list_idr");
        assertThat(http.post(BASE, admin(), map("name", "N", "price_direct_cny", 1.234)).fields())
                .containsExactly("price_direct_cny");
        assertThat(http.post(BASE, admin(), map("name", "N", "status", "discontinued")).fields())
                .containsExactly("status");
        assertThat(http.post(BASE, admin(), map("name", "N", "processing_days", -2)).fields())
                .containsExactly("processing_days");
        assertThat(http.post(BASE, admin(), map("name", "N", "commission_rate", 12)).fields())
                .containsExactly("commission_rate");
        assertThat(http.post(BASE, admin(), map("name", "N", "category_id", uuid())).fields())
                .containsExactly("category_id");
        assertThat(http.post(BASE, admin(), map("name", "N", "service_type_id", uuid())).fields())
                .containsExactly("service_type_id");
        assertThat(http.post(BASE, admin(), map("name", "N", "code", "B1")).status()).isEqualTo(409);
        assertThat(http.post(BASE, sales(), map("name", "N")).status()).isEqualTo(403);
        assertThat(http.get(BASE, null).status()).isEqualTo(401);
        assertThat(http.get(BASE + "/" + uuid(), sales()).status()).isEqualTo(404);
        assertThat(http.put(BASE + "/" + uuid(), admin(), map("name", "N")).status()).isEqualTo(404);
    }

    @Test
    void priceChangesWritePriceHistory() {
        String adminId = uuid();
        JsonNode p = create(map("price_list_idr", 1000, "price_direct_cny", 5));
        String id = p.get("id").asText();
        Resp upd = http.put(BASE + "/" + id, token(adminId, "ADMIN"), map("price_list_idr", 1200,
                "price_direct_cny", 5.00, "price_cost_idr", 700, "notes", "price rise", "version", 0));
        assertThat(upd.status()).as(upd.toString()).isEqualTo(200);
        assertThat(upd.data().get("version").asLong()).isEqualTo(1);

        Resp history = http.get(BASE + "/" + id + "/price-history", sales());
        assertThat(history.status()).isEqualTo(200);
        List<String> fields = new ArrayList<>();
        history.data().forEach(h -> fields.add(h.get("price_field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("price_list_idr", "price_cost_idr");
        for (JsonNode h : history.data()) {
            assertThat(h.get("changed_by").asText()).isEqualTo(adminId);
            assertThat(h.get("changed_at").isNull()).isFalse();
            if (h.get("price_field").asText().equals("price_list_idr")) {
                assertThat(h.get("old_value").decimalValue()).isEqualByComparingTo("1000");
                assertThat(h.get("new_value").decimalValue()).isEqualByComparingTo("1200");
            } else {
                assertThat(h.get("old_value").isNull()).isTrue();
                assertThat(h.get("new_value").decimalValue()).isEqualByComparingTo("700");
            }
        }
        http.put(BASE + "/" + id, admin(), map("name", "no price change"));
        assertThat(http.get(BASE + "/" + id + "/price-history", sales()).data().size()).isEqualTo(2);
        assertThat(http.get(BASE + "/" + uuid() + "/price-history", sales()).status()).isEqualTo(404);
    }

    @Test
    void staleVersionIs409() {
        String id = create(map()).get("id").asText();
        assertThat(http.put(BASE + "/" + id, admin(), map("notes", "a", "version", 0)).status()).isEqualTo(200);
        Resp stale = http.put(BASE + "/" + id, admin(), map("notes", "b", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(http.get(BASE + "/" + id, admin()).data().get("notes").asText()).isEqualTo("a");
    }

    @Test
    void softDeleteAndRestore() {
        String code = unique("D-");
        String id = create(map("code", code)).get("id").asText();
        assertThat(http.delete(BASE + "/" + id, admin()).status()).isEqualTo(200);
        assertThat(http.get(BASE + "?code=" + code, admin()).data().get("total").asLong()).isZero();
        assertThat(http.get(BASE + "?include_deleted=true&code=" + code, admin()).data().get("total").asLong())
                .isEqualTo(1);
        Resp restored = http.put(BASE + "/" + id + "/restore", admin(), null);
        assertThat(restored.data().get("is_active").asBoolean()).isTrue();
        assertThat(http.get(BASE + "?code=" + code, admin()).data().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void vendorProducts() {
        String productId = create(map()).get("id").asText();
        String vendorA = uuid();
        String vendorB = uuid();
        FOUNDATION.organizations.put(vendorA, "PT Vendor A");
        FOUNDATION.organizations.put(vendorB, "PT Vendor B");
        String vendors = BASE + "/" + productId + "/vendors";

        Resp a = http.post(vendors, admin(), map("vendor_id", vendorA, "is_primary", true, "vendor_price", 500));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.data().get("vendor_name").asText()).isEqualTo("PT Vendor A");
        assertThat(a.data().get("is_primary").asBoolean()).isTrue();
        assertThat(a.data().get("is_available").asBoolean()).isTrue();
        Resp b = http.post(vendors, admin(), map("vendor_id", vendorB, "is_primary", true, "vendor_price", 450));
        assertThat(b.status()).as(b.toString()).isEqualTo(200);
        Resp list = http.get(vendors, sales());
        assertThat(list.data().size()).isEqualTo(2);
        long primaries = 0;
        for (JsonNode v : list.data()) {
            if (v.get("is_primary").asBoolean()) {
                primaries++;
                assertThat(v.get("vendor_id").asText()).isEqualTo(vendorB);
            }
        }
        assertThat(primaries).isEqualTo(1);

        String offerA = a.data().get("id").asText();
        Resp back = http.put(vendors + "/" + offerA, admin(), map("is_primary", true, "vendor_price", 550,
                "is_available", false));
        assertThat(back.data().get("is_primary").asBoolean()).isTrue();
        assertThat(http.get(BASE + "/vendors/" + vendorB + "?is_primary=true", sales()).data().get("total")
                .asLong()).isZero();
        Resp byVendor = http.get(BASE + "/vendors/" + vendorA, sales());
        assertThat(byVendor.data().get("total").asLong()).isEqualTo(1);
        assertThat(byVendor.data().get("items").get(0).get("product_id").asText()).isEqualTo(productId);
        assertThat(byVendor.data().get("items").get(0).get("product_name").asText()).isNotBlank();
        assertThat(http.get(BASE + "/vendors/" + vendorA + "?is_available=true", sales()).data().get("total")
                .asLong()).isZero();
        List<String> fields = new ArrayList<>();
        http.get(BASE + "/" + productId + "/price-history", sales()).data()
                .forEach(h -> fields.add(h.get("price_field").asText() + "@" + h.get("vendor_id").asText()));
        assertThat(fields).containsExactly("vendor_price@" + vendorA);

        assertThat(http.post(vendors, admin(), map("vendor_id", vendorA)).status()).isEqualTo(409);
        assertThat(http.post(vendors, admin(), map("is_primary", true)).fields()).containsExactly("vendor_id");
        assertThat(http.post(vendors, admin(), map("vendor_id", "short")).fields()).containsExactly("vendor_id");
        assertThat(http.post(vendors, admin(), map("vendor_id", uuid(), "vendor_price", -5)).fields())
                .containsExactly("vendor_price");
        assertThat(http.post(vendors, sales(), map("vendor_id", uuid())).status()).isEqualTo(403);
        assertThat(http.post(BASE + "/" + uuid() + "/vendors", admin(), map("vendor_id", uuid())).status())
                .isEqualTo(404);
        assertThat(http.put(vendors + "/" + uuid(), admin(), map("notes", "x")).status()).isEqualTo(404);
        assertThat(http.delete(vendors + "/" + b.data().get("id").asText(), admin()).status()).isEqualTo(200);
        assertThat(http.get(vendors, sales()).data().size()).isEqualTo(1);
    }
}

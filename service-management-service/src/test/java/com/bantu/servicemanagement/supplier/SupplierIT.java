package com.bantu.servicemanagement.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Suppliers: vendor organizations answered by foundation-service's internal organizations API (played by the test
 * base's local HTTP server) joined with this service's vendor products, cost prices and price history.
 */
class SupplierIT extends IntegrationTestBase {

    private static final String API = "/api/service-management";

    /** Registers an organization with foundation's stand-in (by id, and in the vendor list when it is a vendor). */
    static Map<String, Object> organization(String type) {
        Map<String, Object> o = new LinkedHashMap<>();
        String id = uuid();
        o.put("id", id);
        o.put("name", "Org " + id.substring(0, 8));
        o.put("code", unique("V"));
        o.put("organization_type", type);
        o.put("email", "v@example.com");
        o.put("phone", "+62 21 555");
        o.put("is_active", true);
        o.put("is_locked", false);
        o.put("created_at", "2025-01-02T03:04:05");
        o.put("updated_at", "2025-01-02T03:04:05");
        FOUNDATION.http.route("/internal/organizations/" + id,
                q -> new FakeService.Response(200, FakeService.envelope(o), 0));
        return o;
    }

    private static void serveVendorList(List<Map<String, Object>> vendors) {
        FOUNDATION.http.route("/internal/organizations", q -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> v : vendors) {
                if ("vendor".equals(q.get("organization_type"))
                        && (q.get("code") == null || q.get("code").equals(v.get("code")))) {
                    rows.add(v);
                }
            }
            return new FakeService.Response(200, FakeService.envelope(Map.of("records", rows, "total", rows.size(),
                    "size", 10, "current", 1, "pages", 1)), 0);
        });
    }

    private String product(String name) {
        Resp r = http.post(API + "/products", admin(), map("name", name, "code", unique("SP"),
                "price_list_idr", 1000000, "price_channel_cny", 300));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("id").asText();
    }

    @Test
    void listAndDetailCountTheProductsTheSupplierOffers() {
        Map<String, Object> vendor = organization("vendor");
        Map<String, Object> idle = organization("vendor");
        serveVendorList(List.of(vendor, idle));
        String vendorId = (String) vendor.get("id");
        for (String name : new String[] {"S1", "S2"}) {
            assertThat(http.post(API + "/products/" + product(name) + "/vendors", admin(),
                    map("vendor_id", vendorId, "vendor_price", 100)).status()).isEqualTo(200);
        }
        Resp list = http.get(API + "/suppliers?page=1&size=10&code=" + vendor.get("code"), admin());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.data().get("total").asLong()).isEqualTo(1);
        JsonNode row = list.data().get("items").get(0);
        assertThat(row.get("id").asText()).isEqualTo(vendorId);
        assertThat(row.get("service_count").asLong()).isEqualTo(2);
        assertThat(row.get("phone").asText()).isEqualTo("+62 21 555");
        assertThat(row.propertyNames()).contains("name", "code", "organization_type", "email", "is_active",
                "is_locked", "created_at", "updated_at");
        assertThat(FOUNDATION.http.last("/internal/organizations").query()).containsEntry("organization_type",
                "vendor");
        Resp all = http.get(API + "/suppliers", token("OPERATION"));
        assertThat(all.data().get("total").asLong()).isEqualTo(2);

        Resp detail = http.get(API + "/suppliers/" + idle.get("id"), admin());
        assertThat(detail.data().get("service_count").asLong()).isZero();
        assertThat(http.get(API + "/suppliers/" + uuid(), admin()).status()).isEqualTo(404);
        Resp notVendor = http.get(API + "/suppliers/" + organization("internal").get("id"), admin());
        assertThat(notVendor.status()).isEqualTo(400);
        assertThat(notVendor.message()).isEqualTo("该组织不是供应商");
        assertThat(http.get(API + "/suppliers/not-an-id", admin()).status()).isEqualTo(404);
    }

    @Test
    void servicesPricesAndHistoryAfterPriceChanges() {
        Map<String, Object> vendor = organization("vendor");
        String vendorId = (String) vendor.get("id");
        String productId = product("Visa");
        String other = product("Other");
        Resp offer = http.post(API + "/products/" + productId + "/vendors", admin(),
                map("vendor_id", vendorId, "vendor_price", 500000, "currency_code", "IDR", "processing_days", 3));
        assertThat(offer.status()).as(offer.toString()).isEqualTo(200);
        String offerId = offer.data().get("id").asText();
        http.post(API + "/products/" + other + "/vendors", admin(), map("vendor_id", vendorId,
                "is_primary", true, "is_available", false));
        assertThat(http.put(API + "/products/" + productId + "/vendors/" + offerId, admin(),
                map("vendor_price", 550000)).status()).isEqualTo(200);
        assertThat(http.put(API + "/products/" + productId + "/vendors/" + offerId, admin(),
                map("vendor_price", 120, "currency_code", "CNY")).status()).isEqualTo(200);

        Resp services = http.get(API + "/suppliers/" + vendorId + "/services?page=1&size=1000", admin());
        assertThat(services.status()).as(services.toString()).isEqualTo(200);
        assertThat(services.data().get("total").asLong()).isEqualTo(2);
        assertThat(services.data().get("items").get(0).get("product_id").asText()).isEqualTo(other);
        JsonNode visa = services.data().get("items").get(1);
        assertThat(visa.get("product_id").asText()).isEqualTo(productId);
        assertThat(visa.get("vendor_product_id").asText()).isEqualTo(offerId);
        assertThat(visa.get("cost_price_idr").decimalValue()).isEqualByComparingTo("550000");
        assertThat(visa.get("cost_price_cny").decimalValue()).isEqualByComparingTo("120");
        assertThat(visa.get("processing_days").asInt()).isEqualTo(3);
        assertThat(visa.propertyNames()).contains("product_name", "product_code", "enterprise_service_code",
                "category_id", "category_name", "service_type_id", "service_type", "service_subtype", "status",
                "is_active", "is_primary", "is_available");
        List<String> sales = new ArrayList<>();
        visa.get("sales_prices").forEach(p -> sales.add(p.get("price_type").asText() + "/"
                + p.get("currency").asText()));
        assertThat(sales).containsExactlyInAnyOrder("channel/CNY", "list/IDR");

        JsonNode history = visa.get("price_history");
        assertThat(history.size()).isEqualTo(3);
        JsonNode newest = history.get(0);
        assertThat(newest.get("new_price_cny").decimalValue()).isEqualByComparingTo("120");
        assertThat(newest.get("old_price_idr").decimalValue()).isEqualByComparingTo("550000");
        assertThat(newest.get("effective_to").isNull()).isTrue();
        assertThat(history.get(2).get("old_price_idr").isNull()).isTrue();
        assertThat(history.get(2).get("new_price_idr").decimalValue()).isEqualByComparingTo("500000");
        assertThat(history.get(2).get("effective_to").isNull()).isFalse();
        assertThat(newest.get("changed_by").isNull()).isFalse();

        Resp prices = http.get(API + "/suppliers/" + vendorId + "/services/" + productId + "/prices", admin());
        assertThat(prices.data().size()).isEqualTo(3);
        assertThat(http.get(API + "/suppliers/" + vendorId + "/services/" + uuid() + "/prices", admin()).message())
                .isEqualTo("供应商产品关联不存在");
        assertThat(http.get(API + "/suppliers/" + vendorId + "/services?is_available=false", admin())
                .data().get("total").asLong()).isEqualTo(1);
        Resp existing = http.get(API + "/suppliers/" + vendorId + "/products/existing", admin());
        assertThat(existing.data().isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        existing.data().forEach(n -> ids.add(n.asText()));
        assertThat(ids).containsExactlyInAnyOrder(productId, other);
    }

    @Test
    void readByAdminAndOperationOnlyAnd503WhenFoundationIsDown() {
        Map<String, Object> vendor = organization("vendor");
        serveVendorList(List.of(vendor));
        for (String role : new String[] {"SALES", "FINANCE", "AGENT"}) {
            assertThat(http.get(API + "/suppliers", token(role)).status()).as(role).isEqualTo(403);
        }
        assertThat(http.get(API + "/suppliers", null).status()).isEqualTo(401);
        FOUNDATION.http.route("/internal/organizations", q -> new FakeService.Response(503,
                "{\"code\":503,\"message\":\"down\",\"data\":null}", 0));
        assertThat(http.get(API + "/suppliers", admin()).status()).isEqualTo(503);
        serveVendorList(List.of(vendor));
    }
}

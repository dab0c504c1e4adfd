package com.bantu.servicemanagement.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Supplier writes against the real database: batch add (S6), batch prices in both body shapes (S7), one price now or
 * in the future (S8), the price-history rows each change writes, the roll-forward job, and who may write.
 */
class SupplierWritesIT extends IntegrationTestBase {

    private static final String API = "/api/service-management";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VendorPriceRollForward rollForward;

    private String vendor() {
        return (String) SupplierIT.organization("vendor").get("id");
    }

    private String product() {
        Resp r = http.post(API + "/products", admin(), map("name", unique("Supplied "), "code", unique("SW")));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("id").asText();
    }

    private Map<String, Object> offer(String vendorId, String productId) {
        return jdbc.queryForMap("SELECT * FROM vendor_products WHERE vendor_id = ? AND product_id = ?", vendorId,
                productId);
    }

    private List<Map<String, Object>> history(String vendorId, String productId) {
        return jdbc.queryForList("SELECT h.* FROM vendor_product_price_history h JOIN vendor_products v "
                + "ON v.id = h.vendor_product_id WHERE v.vendor_id = ? AND v.product_id = ? "
                + "ORDER BY h.effective_from, h.created_at", vendorId, productId);
    }

    private static LocalDateTime time(Object t) {
        return t instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) t;
    }

    private static void assertPrice(Object actual, String expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat((BigDecimal) actual).isEqualByComparingTo(expected);
        }
    }

    private void link(String vendorId, String... productIds) {
        Resp r = http.post(API + "/suppliers/" + vendorId + "/products/batch", admin(),
                map("product_ids", List.of(productIds), "default_cost_price_idr", 1000));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("success_count").asInt()).isEqualTo(productIds.length);
    }

    @Test
    void batchAddLinksNewProductsOnceAndReportsUnknownAndLinkedOnes() {
        String vendorId = vendor();
        String a = product();
        String b = product();
        String missing = uuid();
        Resp first = http.post(API + "/suppliers/" + vendorId + "/products/batch", admin(),
                map("product_ids", List.of(a, a, missing), "default_cost_price_cny", 88.5, "is_primary", true));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().get("success_count").asInt()).isEqualTo(1);
        assertThat(first.data().get("failed_count").asInt()).isEqualTo(1);
        assertThat(first.data().get("success_product_ids").get(0).asText()).isEqualTo(a);
        assertThat(first.data().get("failed_product_ids").get(0).asText()).isEqualTo(missing);
        Map<String, Object> row = offer(vendorId, a);
        assertPrice(row.get("cost_price_cny"), "88.5");
        assertThat(row.get("currency_code")).isEqualTo("CNY");
        assertThat(row.get("is_primary")).isIn(true, 1, (byte) 1);
        List<Map<String, Object>> h = history(vendorId, a);
        assertThat(h).hasSize(1);
        assertPrice(h.get(0).get("new_price_cny"), "88.5");
        assertThat(h.get(0).get("old_price_cny")).isNull();
        assertThat(h.get(0).get("applied_at")).isNotNull();

        Resp second = http.post(API + "/suppliers/" + vendorId + "/products/batch", admin(),
                map("product_ids", List.of(a, b)));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.data().get("success_count").asInt()).isEqualTo(1);
        assertThat(second.data().get("failed_product_ids").get(0).asText()).isEqualTo(a);
        assertThat(history(vendorId, b)).isEmpty();
        Resp existing = http.get(API + "/suppliers/" + vendorId + "/products/existing", token("OPERATION"));
        List<String> ids = new ArrayList<>();
        existing.data().forEach(n -> ids.add(n.asText()));
        assertThat(ids).containsExactlyInAnyOrder(a, b);

        Resp empty = http.post(API + "/suppliers/" + vendorId + "/products/batch", admin(),
                map("product_ids", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.fields()).containsExactly("product_ids");
        Resp negative = http.post(API + "/suppliers/" + vendorId + "/products/batch", admin(),
                map("product_ids", List.of(product()), "default_cost_price_idr", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.fields()).containsExactly("default_cost_price_idr");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vendor_products WHERE vendor_id = ?", Integer.class,
                vendorId)).isEqualTo(2);
        Resp notVendor = http.post(API + "/suppliers/" + SupplierIT.organization("internal").get("id")
                + "/products/batch", admin(), map("product_ids", List.of(b)));
        assertThat(notVendor.status()).isEqualTo(400);
        assertThat(notVendor.message()).isEqualTo("该组织不是供应商");
    }

    @Test
    void batchPricesAcceptBothBodiesAndWriteHistory() {
        String vendorId = vendor();
        String a = product();
        String b = product();
        String notLinked = product();
        link(vendorId, a, b);

        // the documented body
        Resp documented = http.put(API + "/suppliers/" + vendorId + "/products/batch-prices", admin(),
                map("updates", List.of(map("product_id", a, "cost_price_cny", 50, "cost_price_idr", 110000,
                        "priority", 2, "is_primary", true))));
        assertThat(documented.status()).as(documented.toString()).isEqualTo(200);
        assertThat(documented.data().get("success_count").asInt()).isEqualTo(1);
        Map<String, Object> rowA = offer(vendorId, a);
        assertPrice(rowA.get("cost_price_cny"), "50");
        assertPrice(rowA.get("cost_price_idr"), "110000");
        assertPrice(rowA.get("vendor_price"), "110000");
        assertThat(((Number) rowA.get("priority")).intValue()).isEqualTo(2);
        // the audit record names the changed offer, before and after (the answer only counts successes)
        tools.jackson.databind.JsonNode audited = AUDIT.delivered(documented);
        assertThat(audited.path("old_values").path(a).path("priority").asInt()).isNotEqualTo(2);
        assertThat(audited.path("new_values").path(a).path("priority").asInt()).isEqualTo(2);
        assertThat(audited.path("new_values").path(a).path("cost_price_idr").decimalValue())
                .isEqualByComparingTo("110000");
        assertThat(audited.path("new_values").has(b)).as("an unchanged offer is left out").isFalse();

        // the current web client's body: one price with its currency, plus processing days and availability
        Resp spa = http.put(API + "/suppliers/" + vendorId + "/products/batch-prices?effective_from=", admin(),
                map("updates", List.of(
                        map("product_id", b, "cost_price", 77, "currency", "CNY", "processing_days", 4,
                                "is_available", false),
                        map("product_id", notLinked, "cost_price", 5, "currency", "IDR"))));
        assertThat(spa.status()).as(spa.toString()).isEqualTo(200);
        assertThat(spa.data().get("success_count").asInt()).isEqualTo(1);
        assertThat(spa.data().get("failed_count").asInt()).isEqualTo(1);
        assertThat(spa.data().get("failed_product_ids").get(0).asText()).isEqualTo(notLinked);
        Map<String, Object> rowB = offer(vendorId, b);
        assertPrice(rowB.get("cost_price_cny"), "77");
        assertPrice(rowB.get("cost_price_idr"), "1000");
        assertThat(((Number) rowB.get("processing_days")).intValue()).isEqualTo(4);
        assertThat(rowB.get("is_available")).isIn(false, 0, (byte) 0);
        List<Map<String, Object>> h = history(vendorId, b);
        assertThat(h).hasSize(2);
        assertPrice(h.get(1).get("old_price_idr"), "1000");
        assertPrice(h.get(1).get("new_price_cny"), "77");
        assertThat(h.get(0).get("effective_to")).isNotNull();
        assertThat(h.get(1).get("effective_to")).isNull();

        // a bad item refuses the whole batch: the good item before it is not written either
        Resp bad = http.put(API + "/suppliers/" + vendorId + "/products/batch-prices", admin(),
                map("updates", List.of(map("product_id", a, "cost_price_idr", 1),
                        map("product_id", b, "cost_price", 9), map("product_id", a, "cost_price_idr", 3))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactly("updates[1].currency", "updates[2].product_id");
        Resp negative = http.put(API + "/suppliers/" + vendorId + "/products/batch-prices", admin(),
                map("updates", List.of(map("product_id", a, "cost_price_idr", 1),
                        map("product_id", b, "cost_price_idr", -3))));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.fields()).hasSize(1).allMatch(f -> f.endsWith("cost_price_idr"));
        assertPrice(offer(vendorId, a).get("cost_price_idr"), "110000");
        assertThat(http.put(API + "/suppliers/" + vendorId + "/products/batch-prices", admin(),
                map("updates", List.of())).fields()).containsExactly("updates");
        // the items alone, as a bare array, are read as {updates: [...]}
        Resp bare = http.put(API + "/suppliers/" + vendorId + "/products/batch-prices", admin(),
                List.of(map("product_id", a, "cost_price", 120000, "currency", "IDR")));
        assertThat(bare.status()).as(bare.toString()).isEqualTo(200);
        assertThat(bare.data().get("success_count").asInt()).isEqualTo(1);
        assertPrice(offer(vendorId, a).get("cost_price_idr"), "120000");
    }

    @Test
    void singlePriceNowUnchangedFutureAndRollForward() {
        String vendorId = vendor();
        String p = product();
        link(vendorId, p);
        String path = API + "/suppliers/" + vendorId + "/services/" + p + "/price";

        Resp now = http.put(path, admin(), map("cost_price_cny", 30, "change_reason", "new contract"));
        assertThat(now.status()).as(now.toString()).isEqualTo(200);
        assertThat(now.data().get("success").asBoolean()).isTrue();
        assertPrice(offer(vendorId, p).get("cost_price_cny"), "30");
        assertPrice(offer(vendorId, p).get("cost_price_idr"), "1000"); // absent: kept
        assertThat(history(vendorId, p)).hasSize(2);
        assertThat(history(vendorId, p).get(1).get("change_reason")).isEqualTo("new contract");

        Resp same = http.put(path, admin(), map("cost_price_cny", 30.00, "cost_price_idr", 1000));
        assertThat(same.data().get("success").asBoolean()).isTrue();
        assertThat(same.message()).isEqualTo("价格未变化");
        assertThat(history(vendorId, p)).hasSize(2);

        Map<String, Object> clear = new HashMap<>();
        clear.put("cost_price_cny", null);
        assertThat(http.put(path, admin(), clear).status()).isEqualTo(200);
        assertThat(offer(vendorId, p).get("cost_price_cny")).isNull(); // explicit null: cleared
        assertThat(history(vendorId, p)).hasSize(3);

        // a future price: the offer keeps its price, the history row is pending
        OffsetDateTime zoned = OffsetDateTime.parse("2099-03-01T02:00:00.000Z");
        LocalDateTime local = zoned.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        Resp future = http.put(path, admin(), map("cost_price_idr", 2000, "effective_from", zoned.toString()));
        assertThat(future.status()).as(future.toString()).isEqualTo(200);
        assertThat(LocalDateTime.parse(future.data().get("effective_from").asText())).isEqualTo(local);
        assertPrice(offer(vendorId, p).get("cost_price_idr"), "1000");
        List<Map<String, Object>> h = history(vendorId, p);
        assertThat(h).hasSize(4);
        Map<String, Object> pending = h.get(3);
        assertThat(pending.get("applied_at")).isNull();
        assertThat(time(h.get(2).get("effective_to"))).isEqualTo(local);

        // a second change before it takes effect edits the pending row (its date stays); the batch skips the product
        assertThat(http.put(path, admin(), map("cost_price_idr", 2500, "cost_price_cny", 12)).status())
                .isEqualTo(200);
        assertThat(history(vendorId, p)).hasSize(4);
        assertPrice(history(vendorId, p).get(3).get("new_price_idr"), "2500");
        assertPrice(history(vendorId, p).get(3).get("new_price_cny"), "12");
        Resp skipped = http.put(API + "/suppliers/" + vendorId + "/products/batch-prices", admin(),
                map("updates", List.of(map("product_id", p, "cost_price_idr", 1))));
        assertThat(skipped.data().get("failed_product_ids").get(0).asText()).isEqualTo(p);

        // its moment comes: reads show it at once, the job writes it onto the offer and closes the row before it
        // (moved into the past by hand, with the end of the row before it, as time passing would)
        LocalDateTime due = time(h.get(2).get("effective_from")).plusNanos(1_000_000);
        jdbc.update("UPDATE vendor_product_price_history SET effective_from = ? WHERE id = ?", due,
                pending.get("id"));
        jdbc.update("UPDATE vendor_product_price_history SET effective_to = ? WHERE id = ?", due, h.get(2).get("id"));
        Resp services = http.get(API + "/suppliers/" + vendorId + "/services?page=1&size=1000", admin());
        JsonNode item = services.data().get("items").get(0);
        assertThat(item.get("cost_price_idr").decimalValue()).isEqualByComparingTo("2500");
        assertThat(item.get("cost_price_cny").decimalValue()).isEqualByComparingTo("12");
        rollForward.run();
        Map<String, Object> row = offer(vendorId, p);
        assertPrice(row.get("cost_price_idr"), "2500");
        assertPrice(row.get("cost_price_cny"), "12");
        assertPrice(row.get("vendor_price"), "2500");
        h = history(vendorId, p);
        assertThat(h.get(3).get("applied_at")).isNotNull();
        assertThat(h.stream().filter(r -> r.get("effective_to") == null)).hasSize(1);
        assertThat(h.get(3).get("effective_to")).isNull();
        assertThat(rollForward.run()).isZero(); // applied once
    }

    @Test
    void singlePriceChecksTheBodyAndTheLink() {
        String vendorId = vendor();
        String p = product();
        link(vendorId, p);
        String path = API + "/suppliers/" + vendorId + "/services/" + p + "/price";
        assertThat(http.put(path, admin(), map("effective_from", "2099-01-01T00:00:00")).fields())
                .containsExactly("cost_price_cny");
        assertThat(http.put(path, admin(), map("cost_price_idr", "abc")).fields()).containsExactly("cost_price_idr");
        assertThat(http.put(path, admin(), map("cost_price_idr", 5, "effective_from", "tomorrow")).fields())
                .containsExactly("effective_from");
        assertThat(http.put(path, admin(), map("cost_price_idr", -5)).status()).isEqualTo(400);
        Resp unlinked = http.put(API + "/suppliers/" + vendorId + "/services/" + product() + "/price", admin(),
                map("cost_price_idr", 5));
        assertThat(unlinked.status()).isEqualTo(404);
        assertThat(unlinked.message()).isEqualTo("供应商产品关联不存在");
        assertThat(history(vendorId, p)).hasSize(1);
    }

    @Test
    void onlyAdminWrites() {
        String vendorId = vendor();
        String p = product();
        for (String role : new String[] {"OPERATION", "SALES", "FINANCE", "AGENT"}) {
            assertThat(http.post(API + "/suppliers/" + vendorId + "/products/batch", token(role),
                    map("product_ids", List.of(p))).status()).as(role).isEqualTo(403);
            // 403 before the body is read: an empty body is not reported as a 400
            assertThat(http.put(API + "/suppliers/" + vendorId + "/products/batch-prices", token(role),
                    map()).status()).as(role).isEqualTo(403);
            assertThat(http.put(API + "/suppliers/" + vendorId + "/services/" + p + "/price", token(role),
                    map("cost_price_idr", 1)).status()).as(role).isEqualTo(403);
        }
        assertThat(http.post(API + "/suppliers/" + vendorId + "/products/batch", null,
                map("product_ids", List.of(p))).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vendor_products WHERE vendor_id = ?", Integer.class,
                vendorId)).isZero();
    }

    @Test
    void salesPricesComeFromPriceStrategiesInEffectWhenThereAreAny() {
        String vendorId = vendor();
        Resp product = http.post(API + "/products", admin(), map("name", unique("Sold "), "price_list_idr", 500));
        String p = product.data().get("id").asText();
        link(vendorId, p);
        String services = API + "/suppliers/" + vendorId + "/services?page=1&size=1000";
        List<String> before = new ArrayList<>();
        http.get(services, admin()).data().get("items").get(0).get("sales_prices")
                .forEach(n -> before.add(n.get("price_type").asText() + "/" + n.get("currency").asText()));
        assertThat(before).containsExactly("list/IDR"); // from the product's columns

        assertThat(http.post(API + "/prices", admin(), map("product_id", p, "price_type", "channel", "currency",
                "IDR", "amount", 700, "effective_from", "2020-01-01T00:00:00")).status()).isEqualTo(200);
        assertThat(http.post(API + "/prices", admin(), map("product_id", p, "price_type", "direct", "currency",
                "CNY", "amount", 90, "effective_from", "2020-01-01T00:00:00", "organization_id", vendorId))
                .status()).isEqualTo(200);
        assertThat(http.post(API + "/prices", admin(), map("product_id", p, "price_type", "list", "currency",
                "IDR", "amount", 1, "effective_from", "2099-01-01T00:00:00")).status()).isEqualTo(200);
        JsonNode sales = http.get(services, admin()).data().get("items").get(0).get("sales_prices");
        assertThat(sales.size()).isEqualTo(2);
        assertThat(sales.get(0).get("price_type").asText()).isEqualTo("direct");
        assertThat(sales.get(0).get("is_organization_specific").asBoolean()).isTrue();
        assertThat(sales.get(0).get("amount").decimalValue()).isEqualByComparingTo("90");
        assertThat(sales.get(1).get("price_type").asText()).isEqualTo("channel");
        assertThat(sales.get(1).get("is_organization_specific").asBoolean()).isFalse();
    }
}

package com.bantu.servicemanagement.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the current web client reads besides the seed-era one: industries, customer sources in both shapes, the
 * category tree with products, customers' industry and level names, follow-up fields, enterprise service codes.
 */
class ReferenceDataIT extends IntegrationTestBase {

    private static final String API = "/api/service-management";

    private String industryId(String code) {
        for (JsonNode n : http.get(API + "/industries", sales()).data()) {
            if (n.get("code").asText().equals(code)) {
                return n.get("id").asText();
            }
        }
        throw new AssertionError("no industry " + code);
    }

    @Test
    void industriesArePlainArraysInSortOrderWithTheAskedLanguage() {
        Resp zh = http.get(API + "/industries?lang=zh&is_active=true", sales());
        assertThat(zh.status()).as(zh.toString()).isEqualTo(200);
        assertThat(zh.data().isArray()).isTrue();
        List<String> codes = new ArrayList<>();
        zh.data().forEach(n -> codes.add(n.get("code").asText()));
        assertThat(codes).containsExactly("tech", "finance", "manufacturing", "retail", "service", "education",
                "healthcare", "real_estate", "logistics", "other");
        JsonNode tech = zh.data().get(0);
        assertThat(tech.get("name").asText()).isEqualTo("科技/互联网");
        assertThat(tech.get("name_id").asText()).isEqualTo("Teknologi/Internet");
        assertThat(tech.get("sort_order").asInt()).isEqualTo(1);
        assertThat(tech.get("is_active").asBoolean()).isTrue();
        assertThat(tech.propertyNames()).contains("id", "description_zh", "description_id");
        assertThat(http.get(API + "/industries?lang=id", sales()).data().get(9).get("name").asText())
                .isEqualTo("Lainnya");
        assertThat(http.get(API + "/industries?is_active=false", sales()).data().size()).isZero();
        assertThat(http.get(API + "/industries?lang=fr", sales()).fields()).containsExactly("lang");
        assertThat(http.get(API + "/industries", null).status()).isEqualTo(401);
        assertThat(http.get(API + "/industries", token("AGENT")).status()).isEqualTo(403);
    }

    @Test
    void customerSourcesAnswerAnArrayWithoutPagingAndAPageWithIt() {
        Resp array = http.get(API + "/customer-sources?lang=zh", sales());
        assertThat(array.status()).as(array.toString()).isEqualTo(200);
        assertThat(array.data().isArray()).isTrue();
        List<String> seeded = new ArrayList<>();
        array.data().forEach(n -> {
            if (n.get("code").asText().startsWith("source_00")) {
                seeded.add(n.get("code").asText() + " " + n.get("name").asText() + " "
                        + n.get("display_order").asInt());
            }
            assertThat(n.get("is_active").asBoolean()).isTrue();
            assertThat(n.get("display_order").isNumber()).isTrue();
        });
        assertThat(seeded).containsExactly("source_001 客户转介绍 1", "source_002 微信扫码 2", "source_003 微信群 3",
                "source_004 渠道介绍 4", "source_005 外部推广 5");
        assertThat(array.data().get(0).propertyNames()).contains("id", "code", "name", "name_zh", "name_id",
                "description", "display_order");

        // a localized name wins in its language; the default name otherwise
        String code = unique("src-");
        Resp created = http.post(API + "/customer-sources", admin(), map("code", code, "name", "Expo",
                "name_id", "Pameran", "display_order", 0));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(names(http.get(API + "/customer-sources?lang=id", sales()), code)).containsExactly("Pameran");
        assertThat(names(http.get(API + "/customer-sources?lang=zh", sales()), code)).containsExactly("Expo");
        http.put(API + "/customer-sources/" + created.data().get("id").asText(), admin(), map("is_active", false));
        assertThat(names(http.get(API + "/customer-sources", sales()), code)).isEmpty();
        assertThat(names(http.get(API + "/customer-sources?is_active=false", sales()), code)).containsExactly("Expo");

        Resp paged = http.get(API + "/customer-sources?page=1&size=100", sales());
        assertThat(paged.data().get("items").isArray()).isTrue();
        assertThat(paged.data().get("total").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(http.get(API + "/customer-sources?size=2", sales()).data().get("items").size()).isEqualTo(2);
        assertThat(http.get(API + "/customer-channels", sales()).data().isArray()).isTrue();
        assertThat(http.get(API + "/customer-channels?page=1", sales()).data().has("items")).isTrue();
    }

    private static List<String> names(Resp r, String code) {
        List<String> out = new ArrayList<>();
        r.data().forEach(n -> {
            if (n.get("code").asText().equals(code)) {
                out.add(n.get("name").asText());
            }
        });
        return out;
    }

    @Test
    void categoryTreeIsWrappedAndCarriesProducts() {
        String code = unique("tree-");
        String parent = http.post(API + "/categories", admin(), map("code", code, "name", "Tree parent",
                "description", "d")).data().get("id").asText();
        String child = http.post(API + "/categories", admin(), map("code", code + "-c", "name", "Tree child",
                "parent_id", parent)).data().get("id").asText();
        String live = http.post(API + "/products", admin(), map("name", "Live", "code", unique("P"),
                "category_id", child)).data().get("id").asText();
        String off = http.post(API + "/products", admin(), map("name", "Off", "code", unique("P"),
                "category_id", child)).data().get("id").asText();
        http.put(API + "/products/" + off, admin(), map("is_active", false));

        Resp tree = http.get(API + "/categories/tree?include_products=true&is_active=true", token("OPERATION"));
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        JsonNode node = find(tree.data().get("categories"), parent);
        assertThat(node.get("description").asText()).isEqualTo("d");
        assertThat(node.get("product_count").asInt()).isZero();
        JsonNode c = node.get("children").get(0);
        assertThat(c.get("id").asText()).isEqualTo(child);
        assertThat(c.get("product_count").asInt()).isEqualTo(1);
        assertThat(c.get("products").get(0).get("id").asText()).isEqualTo(live);
        assertThat(c.get("products").get(0).propertyNames()).containsExactlyInAnyOrder("id", "name", "code",
                "enterprise_service_code", "is_active");
        JsonNode bare = find(http.get(API + "/categories/tree?include_products=false", sales()).data()
                .get("categories"), parent).get("children").get(0);
        assertThat(bare.get("products").size()).isZero();
        // the seeded catalogue is there with its products
        JsonNode visa = null;
        for (JsonNode n : tree.data().get("categories")) {
            if (n.get("code").asText().equals("VisaService")) {
                visa = n;
            }
        }
        assertThat(visa).isNotNull();
        assertThat(visa.get("product_count").asInt()).isPositive();
    }

    private static JsonNode find(JsonNode nodes, String id) {
        for (JsonNode n : nodes) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }

    @Test
    void customersCarryIndustryAndLevelNames() {
        String finance = industryId("finance");
        JsonNode c = createCustomer(map("industry_id", finance, "level", "3"));
        assertThat(c.get("industry_id").asText()).isEqualTo(finance);
        assertThat(c.get("industry").asText()).isEqualTo("金融/保险");
        assertThat(c.get("industry_name_zh").asText()).isEqualTo("金融/保险");
        assertThat(c.get("industry_name_id").asText()).isEqualTo("Keuangan/Asuransi");
        assertThat(c.get("level_name_zh").asText()).isEqualTo("国有企业和上市公司");
        assertThat(c.get("level_name_id").asText()).isEqualTo("Perusahaan BUMN dan Perusahaan Terdaftar");

        // the seed-era client sends free text: linked when it names an industry, names null for a free level
        JsonNode old = createCustomer(map("industry", "LOGISTICS", "level", "VIP"));
        assertThat(old.get("industry_id").asText()).isEqualTo(industryId("logistics"));
        assertThat(old.get("industry").asText()).isEqualTo("LOGISTICS");
        assertThat(old.get("level").asText()).isEqualTo("VIP");
        assertThat(old.get("level_name_zh").isNull()).isTrue();
        JsonNode free = createCustomer(map("industry", "Mining"));
        assertThat(free.get("industry_id").isNull()).isTrue();
        assertThat(free.get("industry_name_zh").isNull()).isTrue();

        String id = c.get("id").asText();
        Resp moved = http.put(API + "/customers/" + id, admin(), map("industry_id", industryId("tech")));
        assertThat(moved.data().get("industry_name_id").asText()).isEqualTo("Teknologi/Internet");
        assertThat(http.get(API + "/customers/" + id, sales()).data().get("industry").asText())
                .isEqualTo("科技/互联网");
        Resp bad = http.post(API + "/customers", admin(), map("name", "x", "industry_id", uuid()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactly("industry_id");
        assertThat(http.put(API + "/customers/" + id, admin(), map("industry_id", "short")).fields())
                .containsExactly("industry_id");
        // a seeded source satisfies the current client's required source_id
        String source = http.get(API + "/customer-sources", sales()).data().get(0).get("id").asText();
        assertThat(createCustomer(map("source_id", source)).get("source_name").isNull()).isFalse();
    }

    @Test
    void followUpsAcceptTheCurrentClientsFields() {
        String id = createCustomerId();
        String userId = SALES_ID; // the customer's owner: a follow-up needs the customer in the caller's data scope
        Resp added = http.post(API + "/customers/" + id + "/follow-ups", token(userId, "SALES"),
                map("follow_up_type", "wechat", "follow_up_date", "2030-05-01T08:30:00",
                        "next_follow_up_at", "2030-06-01T09:00:00", "status_after", "contacted"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        JsonNode f = added.data();
        assertThat(f.get("content").isNull()).isTrue();
        assertThat(f.get("follow_up_date").asText()).startsWith("2030-05-01T08:30");
        assertThat(f.get("followed_up_at").asText()).startsWith("2030-05-01T08:30");
        assertThat(f.get("created_by").asText()).isEqualTo(userId);
        assertThat(f.get("created_by_name").asText()).isEqualTo("sales-user");
        assertThat(f.get("status_after").asText()).isEqualTo("contacted");
        assertThat(f.propertyNames()).contains("status_before", "updated_at", "next_follow_up_at");

        // a zoned instant (the current client sends toISOString()) is accepted too
        Resp zoned = http.post(API + "/customers/" + id + "/follow-ups", sales(),
                map("follow_up_type", "call", "content", "ok", "follow_up_date", "2030-04-01T02:00:00.000Z"));
        assertThat(zoned.status()).as(zoned.toString()).isEqualTo(200);

        Resp list = http.get(API + "/customers/" + id + "/follow-ups", sales());
        assertThat(list.data().get(0).get("follow_up_type").asText()).isEqualTo("wechat");
        assertThat(list.data().get(1).get("content").asText()).isEqualTo("ok");
        JsonNode customer = http.get(API + "/customers/" + id, sales()).data();
        assertThat(customer.get("last_follow_up_at").asText()).startsWith("2030-05-01T08:30");
        assertThat(customer.get("next_follow_up_at").asText()).startsWith("2030-06-01T09:00");

        Resp empty = http.post(API + "/customers/" + id + "/follow-ups", sales(), map("follow_up_date",
                "2030-05-01T08:30:00"));
        assertThat(empty.fields()).containsExactly("content");
        assertThat(http.post(API + "/customers/" + id + "/follow-ups", sales(), map("follow_up_type", "call",
                "follow_up_date", "yesterday")).fields()).containsExactly("follow_up_date");
    }

    @Test
    void productsGetAnEnterpriseServiceCodeOnceCategoryAndServiceTypeAreKnown() {
        String cat = http.post(API + "/categories", admin(), map("code", unique("Visa Work-"), "name", "C"))
                .data().get("id").asText();
        String st = http.post(API + "/service-types", admin(), map("code", unique("kt-"), "name", "T"))
                .data().get("id").asText();
        Resp none = http.post(API + "/products", admin(), map("name", "No type", "category_id", cat));
        assertThat(none.data().get("enterprise_service_code").isNull()).isTrue();
        Resp first = http.post(API + "/products", admin(), map("name", "P1", "category_id", cat,
                "service_type_id", st));
        String code = first.data().get("enterprise_service_code").asText();
        assertThat(code).matches("VISA_W-KT_[0-9A-F]{3}-001");
        Resp second = http.put(API + "/products/" + none.data().get("id").asText(), admin(),
                map("service_type_id", st));
        assertThat(second.data().get("enterprise_service_code").asText()).isEqualTo(code.replace("-001", "-002"));
        // assigned once: ignored in bodies and kept when the category changes
        String other = http.post(API + "/categories", admin(), map("code", unique("oth"), "name", "O"))
                .data().get("id").asText();
        Resp kept = http.put(API + "/products/" + first.data().get("id").asText(), admin(),
                map("category_id", other, "enterprise_service_code", "HACK"));
        assertThat(kept.data().get("enterprise_service_code").asText()).isEqualTo(code);
        assertThat(http.get(API + "/products?code=B1", sales()).data().get("items").get(0)
                .has("enterprise_service_code")).isTrue();
    }
}

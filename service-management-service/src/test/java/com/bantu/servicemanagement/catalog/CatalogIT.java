package com.bantu.servicemanagement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Product categories, service types, customer sources and channels. */
class CatalogIT extends IntegrationTestBase {

    private static final String CATEGORIES = "/api/service-management/categories";
    private static final String TYPES = "/api/service-management/service-types";
    private static final String SOURCES = "/api/service-management/customer-sources";
    private static final String CHANNELS = "/api/service-management/customer-channels";

    @Test
    void seedDataIsLoaded() {
        Resp cats = http.get(CATEGORIES + "?code=VisaService", sales());
        assertThat(cats.status()).isEqualTo(200);
        assertThat(cats.data().get("items").get(0).get("name").asText()).isEqualTo("签证服务");
        Resp types = http.get(TYPES + "/code/LANDING_VISA", sales());
        assertThat(types.status()).isEqualTo(200);
        assertThat(types.data().get("name_en").asText()).isEqualTo("Landing Visa");
        assertThat(types.data().get("display_order").asInt()).isEqualTo(1);
        Resp all = http.get(TYPES + "?size=1000&code=OTHER", sales());
        assertThat(all.data().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void categoryCrudTreeAndRules() {
        String code = unique("cat-");
        Resp created = http.post(CATEGORIES, admin(), map("code", code, "name", "Visa parent", "display_order", 3));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String parent = created.data().get("id").asText();
        assertThat(created.data().get("is_active").asBoolean()).isTrue();
        Resp child = http.post(CATEGORIES, admin(), map("code", code + "-c", "name", "Child", "parent_id", parent));
        assertThat(child.data().get("parent_name").asText()).isEqualTo("Visa parent");
        String childId = child.data().get("id").asText();
        String grandChild = http.post(CATEGORIES, admin(), map("code", code + "-g", "name", "Grand",
                "parent_id", childId)).data().get("id").asText();

        Resp tree = http.get(CATEGORIES + "/tree", sales());
        JsonNode node = null;
        for (JsonNode n : tree.data().get("categories")) {
            if (n.get("id").asText().equals(parent)) {
                node = n;
            }
        }
        assertThat(node).isNotNull();
        assertThat(node.get("children").get(0).get("id").asText()).isEqualTo(childId);
        assertThat(node.get("children").get(0).get("children").get(0).get("id").asText()).isEqualTo(grandChild);

        assertThat(http.put(CATEGORIES + "/" + parent, admin(), map("parent_id", grandChild)).status()).isEqualTo(409);
        assertThat(http.put(CATEGORIES + "/" + parent, admin(), map("parent_id", parent)).status()).isEqualTo(409);
        Resp updated = http.put(CATEGORIES + "/" + parent, admin(), map("name", "Renamed", "is_active", false));
        assertThat(updated.data().get("name").asText()).isEqualTo("Renamed");
        assertThat(updated.data().get("is_active").asBoolean()).isFalse();
        assertThat(http.get(CATEGORIES + "?parent_id=" + parent, sales()).data().get("total").asLong()).isEqualTo(1);

        assertThat(http.post(CATEGORIES, admin(), map("code", code, "name", "Dup")).status()).isEqualTo(409);
        assertThat(http.post(CATEGORIES, admin(), map("name", "No code")).fields()).containsExactly("code");
        assertThat(http.post(CATEGORIES, admin(), map("code", "x".repeat(101), "name", "N")).fields())
                .containsExactly("code");
        assertThat(http.post(CATEGORIES, admin(), map("code", unique("c"))).fields()).containsExactly("name");
        assertThat(http.post(CATEGORIES, admin(), map("code", unique("c"), "name", "N", "parent_id", uuid()))
                .fields()).containsExactly("parent_id");
        assertThat(http.post(CATEGORIES, sales(), map("code", unique("c"), "name", "N")).status()).isEqualTo(403);
        assertThat(http.post(CATEGORIES, null, map("code", unique("c"), "name", "N")).status()).isEqualTo(401);
        assertThat(http.get(CATEGORIES + "/" + uuid(), admin()).status()).isEqualTo(404);
        assertThat(http.get(CATEGORIES + "?sort_by=secret", admin()).fields()).containsExactly("sort_by");

        assertThat(http.delete(CATEGORIES + "/" + parent, admin()).status()).isEqualTo(409);
        assertThat(http.delete(CATEGORIES + "/" + grandChild, admin()).status()).isEqualTo(200);
        assertThat(http.get(CATEGORIES + "/" + grandChild, admin()).status()).isEqualTo(404);
        http.post("/api/service-management/products", admin(), map("name", "In use", "category_id", childId));
        assertThat(http.delete(CATEGORIES + "/" + childId, admin()).status()).isEqualTo(409);
    }

    @Test
    void serviceTypeCrud() {
        String code = unique("ST_");
        Resp created = http.post(TYPES, admin(), map("code", code, "name", "签证", "name_en", "Visa",
                "display_order", 99));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().get("id").asText();
        assertThat(http.get(TYPES + "/code/" + code, sales()).data().get("id").asText()).isEqualTo(id);
        assertThat(http.get(TYPES + "/code/" + unique("nope"), sales()).status()).isEqualTo(404);
        assertThat(http.get(TYPES + "?code=" + code, sales()).data().get("total").asLong()).isEqualTo(1);

        Resp updated = http.put(TYPES + "/" + id, admin(), map("name", "Visa 2", "is_active", false));
        assertThat(updated.data().get("name").asText()).isEqualTo("Visa 2");
        assertThat(http.get(TYPES + "?is_active=false&code=" + code, sales()).data().get("total").asLong())
                .isEqualTo(1);

        assertThat(http.post(TYPES, admin(), map("code", code, "name", "Dup")).status()).isEqualTo(409);
        assertThat(http.put(TYPES + "/" + id, admin(), map("code", "LANDING_VISA")).status()).isEqualTo(409);
        assertThat(http.post(TYPES, admin(), map("code", "x".repeat(51), "name", "N")).fields())
                .containsExactly("code");
        assertThat(http.post(TYPES, admin(), map("code", unique("S"))).fields()).containsExactly("name");
        assertThat(http.post(TYPES, token("OPERATION"), map("code", unique("S"), "name", "N")).status())
                .isEqualTo(403);
        assertThat(http.get(TYPES, null).status()).isEqualTo(401);
        assertThat(http.put(TYPES + "/" + uuid(), admin(), map("name", "N")).status()).isEqualTo(404);

        String customer = createCustomerId();
        http.post("/api/service-management/service-records", admin(), map("customer_id", customer,
                "service_type_id", id));
        assertThat(http.delete(TYPES + "/" + id, admin()).status()).isEqualTo(409);
        String free = http.post(TYPES, admin(), map("code", unique("F_"), "name", "Free")).data().get("id").asText();
        assertThat(http.delete(TYPES + "/" + free, admin()).status()).isEqualTo(200);
        assertThat(http.get(TYPES + "/" + free, admin()).status()).isEqualTo(404);
    }

    @Test
    void customerSourcesAndChannels() {
        for (String base : new String[] {SOURCES, CHANNELS}) {
            String code = unique("src-");
            Resp created = http.post(base, admin(), map("code", code, "name", "Exhibition", "display_order", 2));
            assertThat(created.status()).as(created.toString()).isEqualTo(200);
            String id = created.data().get("id").asText();
            assertThat(http.get(base + "/" + id, sales()).data().get("code").asText()).isEqualTo(code);
            assertThat(http.put(base + "/" + id, admin(), map("is_active", false)).data().get("is_active")
                    .asBoolean()).isFalse();
            Resp inactive = http.get(base + "?is_active=false&size=1000", sales());
            assertThat(inactive.data().get("items").toString()).contains(id);
            assertThat(http.post(base, admin(), map("code", code, "name", "Dup")).status()).isEqualTo(409);
            assertThat(http.post(base, admin(), map("code", unique("c"))).fields()).containsExactly("name");
            assertThat(http.post(base, sales(), map("name", "N")).status()).isEqualTo(403);
            assertThat(http.get(base, null).status()).isEqualTo(401);
            assertThat(http.get(base + "/" + uuid(), admin()).status()).isEqualTo(404);

            String field = base.equals(SOURCES) ? "source_id" : "channel_id";
            JsonNode customer = createCustomer(map(field, id));
            assertThat(customer.get(base.equals(SOURCES) ? "source_name" : "channel_name").asText())
                    .isEqualTo("Exhibition");
            assertThat(http.delete(base + "/" + id, admin()).status()).isEqualTo(409);
            String unused = http.post(base, admin(), map("name", "Unused")).data().get("id").asText();
            assertThat(http.delete(base + "/" + unused, admin()).status()).isEqualTo(200);
        }
    }
}

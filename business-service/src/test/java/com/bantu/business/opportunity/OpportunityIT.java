package com.bantu.business.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpportunityIT extends IntegrationTestBase {

    private static final String OPPS = "/api/business/opportunities";
    private static final String OPPS_ALIAS = "/api/order-workflow/opportunities";

    private String product(String name) {
        String id = uuid();
        DOWNSTREAM.products.put(id, name);
        return id;
    }

    private JsonNode opportunity(User u, Object... extra) {
        Map<String, Object> body = map(extra);
        body.putIfAbsent("name", unique("Opp "));
        body.putIfAbsent("customer_id", customer("PT Opp"));
        Resp r = http.post(OPPS, u.token(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    @Test
    void crudWithProductsAndPaymentStagesUnderBothPrefixes() {
        User sales = user("SALES");
        String p1 = product("Work permit");
        String p2 = product("KITAS");
        for (String base : List.of(OPPS, OPPS_ALIAS)) {
            Resp created = http.post(base, sales.token(), map("name", "Big deal", "customer_id", customer("PT Deal"),
                    "amount", "1000.005", "probability", 40, "products", List.of(
                            map("product_id", p1, "quantity", 2, "unit_price", "100.125"),
                            map("product_id", p2, "execution_order", 1)),
                    "payment_stages", List.of(map("stage_number", 1, "stage_name", "Deposit", "amount", 300),
                            map("stage_number", 2, "stage_name", "Balance", "amount", "700.01",
                                    "payment_trigger", "completion"))));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode o = created.data();
            String id = o.get("id").asText();
            assertThat(o.get("amount").decimalValue()).isEqualByComparingTo("1000.01");
            assertThat(o.get("customer_name").asText()).isEqualTo("PT Deal");
            assertThat(o.get("stage").asText()).isEqualTo("initial_contact");
            assertThat(o.get("status").asText()).isEqualTo("active");
            assertThat(o.get("owner_user_id").asText()).isEqualTo(sales.id());
            assertThat(o.get("products")).hasSize(2);
            assertThat(o.get("products").get(0).get("product_name").asText()).isIn("Work permit", "KITAS");
            JsonNode wp = o.get("products").get(0).get("product_id").asText().equals(p1) ? o.get("products").get(0)
                    : o.get("products").get(1);
            assertThat(wp.get("total_amount").decimalValue()).isEqualByComparingTo("200.26");
            assertThat(o.get("payment_stages")).hasSize(2);
            assertThat(o.get("payment_stages").get(1).get("payment_trigger").asText()).isEqualTo("completion");
            Resp list = http.get(base + "?page=1&size=20&name=Big&owner_user_id=" + sales.id(), sales.token());
            assertThat(list.data().get("records")).isNotEmpty();
            assertThat(list.data().get("current").asInt()).isEqualTo(1);
            assertThat(list.data().get("size").asInt()).isEqualTo(20);
            assertThat(list.data().has("pages")).isTrue();
            assertThat(http.get(base + "?min_amount=1000&max_amount=1000.01&owner_user_id=" + sales.id(),
                    sales.token()).data().get("total").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(http.get(base + "?min_amount=5000&owner_user_id=" + sales.id(), sales.token()).data()
                    .get("total").asLong()).isZero();
            Resp upd = http.put(base + "/" + id, sales.token(), map("probability", 70, "customer_id", uuid()));
            assertThat(upd.data().get("probability").asInt()).isEqualTo(70);
            assertThat(http.get(base + "/" + id, sales.token()).data().get("name").asText()).isEqualTo("Big deal");
            assertThat(http.delete(base + "/" + id, sales.token()).status()).isEqualTo(200);
            assertThat(http.get(base + "/" + id, sales.token()).status()).isEqualTo(404);
        }
    }

    @Test
    void productDependenciesFromServiceManagementAreEnforcedAndOrderTheProducts() {
        User sales = user("SALES");
        String passport = product("Passport");
        String visa = product("Visa");
        String photo = product("Photo");
        DOWNSTREAM.dependency(visa, passport, "required");
        DOWNSTREAM.dependency(visa, photo, "recommended");
        String c = customer("PT Deps");
        // a required prerequisite missing: 400 on products naming the pair, nothing created
        Resp refused = http.post(OPPS, sales.token(), map("name", "deps", "customer_id", c,
                "products", List.of(map("product_id", visa))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.fields()).containsExactly("products");
        assertThat(refused.body().toString()).contains("Visa 需要 Passport");
        // present: created, execution order by the dependency (passport first) unless the client gives one
        JsonNode o = opportunity(sales, "customer_id", c, "products", List.of(map("product_id", visa),
                map("product_id", passport)));
        Map<String, Integer> order = new java.util.HashMap<>();
        o.get("products").forEach(p -> order.put(p.get("product_id").asText(), p.get("execution_order").asInt()));
        assertThat(order).containsEntry(passport, 1).containsEntry(visa, 2);
        String id = o.get("id").asText();
        for (String base : List.of(OPPS, OPPS_ALIAS)) {
            Resp v = http.post(base + "/" + id + "/products/validate-dependencies", sales.token(), List.of(visa));
            assertThat(v.status()).as(v.toString()).isEqualTo(200);
            assertThat(v.data().get("is_valid").asBoolean()).isFalse();
            assertThat(v.data().get("missing_dependencies").get(0).get("depends_on_product_id").asText())
                    .isEqualTo(passport);
            assertThat(v.data().get("warnings")).hasSize(1);
            Resp ok = http.post(base + "/" + id + "/products/validate-dependencies", sales.token(),
                    List.of(visa, passport, photo));
            assertThat(ok.data().get("is_valid").asBoolean()).isTrue();
            assertThat(ok.data().get("warnings")).isEmpty();
            assertThat(ok.data().get("suggested_order").toString())
                    .isEqualTo("[\"" + passport + "\",\"" + visa + "\",\"" + photo + "\"]");
            Resp calc = http.post(base + "/products/calculate-order", sales.token(), List.of(visa, passport));
            assertThat(calc.status()).as(calc.toString()).isEqualTo(200);
            assertThat(calc.data().get(0).get("product_id").asText()).isEqualTo(passport);
            assertThat(calc.data().get(1).get("execution_order").asInt()).isEqualTo(2);
            assertThat(calc.data().get(1).get("dependencies").get(0).asText()).isEqualTo(passport);
        }
        assertThat(http.post(OPPS + "/" + id + "/products/validate-dependencies", user("SALES").token(),
                List.of(visa)).status()).as("outside the scope").isEqualTo(404);
        assertThat(http.post(OPPS + "/products/calculate-order", sales.token(), List.of("")).fields())
                .containsExactly("product_ids[0]");
        assertThat(http.post(OPPS + "/products/calculate-order", token("FINANCE"), List.of(visa)).status())
                .isEqualTo(403);
        DOWNSTREAM.down = true;
        assertThat(http.post(OPPS + "/products/calculate-order", sales.token(), List.of(visa)).status())
                .as("service-management down").isEqualTo(503);
    }

    @Test
    void validationRolesAndScope() {
        User sales = user("SALES");
        User other = user("SALES");
        String c = customer("PT V");
        assertThat(http.post(OPPS, sales.token(), map("customer_id", c)).fields()).containsExactly("name");
        assertThat(http.post(OPPS, sales.token(), map("name", "x", "customer_id", null)).fields())
                .containsExactly("customer_id");
        assertThat(http.post(OPPS, sales.token(), map("name", "x", "customer_id", uuid())).fields())
                .containsExactly("customer_id");
        assertThat(http.post(OPPS, sales.token(), map("name", "x", "customer_id", c, "probability", 101)).fields())
                .containsExactly("probability");
        assertThat(http.post(OPPS, sales.token(), map("name", "x", "customer_id", c, "products",
                List.of(map("product_id", uuid())))).fields()).containsExactly("products[0].product_id");
        assertThat(http.post(OPPS, sales.token(), map("name", "x", "customer_id", c, "amount", 100,
                "payment_stages", List.of(map("stage_number", 1, "stage_name", "a", "amount", 101)))).fields())
                .containsExactly("payment_stages");
        assertThat(http.post(OPPS, sales.token(), map("name", "x", "customer_id", c,
                "payment_stages", List.of(map("stage_number", 1, "stage_name", "a", "amount", 1),
                        map("stage_number", 1, "stage_name", "b", "amount", 1)))).fields())
                .containsExactly("payment_stages[1].stage_number");
        assertThat(http.get(OPPS, null).status()).isEqualTo(401);
        assertThat(http.get(OPPS_ALIAS, token("FINANCE")).status()).isEqualTo(403);
        String id = opportunity(sales).get("id").asText();
        assertThat(http.get(OPPS + "/" + id, other.token()).status()).isEqualTo(404);
        assertThat(http.put(OPPS + "/" + id, other.token(), map("name", "x")).status()).isEqualTo(404);
        assertThat(http.post(OPPS + "/" + id + "/convert", other.token(), map()).status()).isEqualTo(404);
        assertThat(http.get(OPPS + "/" + id, admin()).status()).isEqualTo(200);
        assertThat(http.post(OPPS + "/" + id + "/assign", sales.token(), map("owner_user_id", other.id())).status())
                .isEqualTo(403);
        assertThat(http.post(OPPS + "/" + id + "/assign", admin(), map("owner_user_id", other.id())).data()
                .get("owner_user_id").asText()).isEqualTo(other.id());
        assertThat(http.get(OPPS + "/" + id, other.token()).status()).isEqualTo(200);
    }

    @Test
    void stageMachineTiedToStatus() {
        User sales = user("SALES");
        String id = opportunity(sales).get("id").asText();
        Resp moved = http.post(OPPS_ALIAS + "/" + id + "/update-stage", sales.token(), map("stage", "negotiation",
                "position", 3));
        assertThat(moved.data().get("stage").asText()).isEqualTo("negotiation");
        assertThat(moved.data().get("stage_position").asInt()).isEqualTo(3);
        assertThat(http.put(OPPS + "/" + id + "/stage", sales.token(), map("stage", "needs_analysis")).data()
                .get("stage").asText()).isEqualTo("needs_analysis");
        assertThat(http.post(OPPS + "/" + id + "/update-stage", sales.token(), map("stage", "bogus")).fields())
                .containsExactly("stage");
        Resp lost = http.post(OPPS + "/" + id + "/update-stage", sales.token(), map("stage", "closed_lost"));
        assertThat(lost.data().get("status").asText()).isEqualTo("lost");
        assertThat(lost.data().get("actual_close_date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(http.post(OPPS + "/" + id + "/update-stage", sales.token(), map("stage", "proposal")).status())
                .isEqualTo(409);
        assertThat(http.put(OPPS + "/" + id, sales.token(), map("name", "again")).status()).isEqualTo(409);
        String id2 = opportunity(sales).get("id").asText();
        Resp won = http.put(OPPS + "/" + id2, sales.token(), map("status", "won"));
        assertThat(won.data().get("stage").asText()).isEqualTo("closed_won");
        String id3 = opportunity(sales).get("id").asText();
        assertThat(http.put(OPPS + "/" + id3, sales.token(), map("status", "cancelled")).data().get("status")
                .asText()).isEqualTo("cancelled");
        assertThat(http.put(OPPS + "/" + id3, sales.token(), map("status", "active")).status()).isEqualTo(409);
    }

    @Test
    void convertToOrderCopiesProductsMarksWonAndIsIdempotent() {
        User sales = user("SALES");
        String p1 = product("Visa");
        String p2 = product("Translation");
        JsonNode o = opportunity(sales, "customer_id", customer("PT Convert"), "products", List.of(
                map("product_id", p1, "quantity", 2, "unit_price", "150.50", "execution_order", 2),
                map("product_id", p2, "quantity", 1, "unit_price", "20", "execution_order", 1)));
        String id = o.get("id").asText();
        Resp converted = http.post(OPPS_ALIAS + "/" + id + "/convert", sales.token(), map("order_title", "From opp"));
        assertThat(converted.status()).as(converted.toString()).isEqualTo(201);
        JsonNode order = converted.data();
        assertThat(order.get("title").asText()).isEqualTo("From opp");
        assertThat(order.get("opportunity_id").asText()).isEqualTo(id);
        assertThat(order.get("customer_name").asText()).isEqualTo("PT Convert");
        assertThat(order.get("sales_user_id").asText()).isEqualTo(sales.id());
        assertThat(order.get("status_code").asText()).isEqualTo("submitted");
        assertThat(order.get("order_items")).hasSize(2);
        assertThat(order.get("order_items").get(0).get("product_name").asText()).isEqualTo("Translation");
        assertThat(order.get("total_amount").decimalValue()).isEqualByComparingTo("321.00");
        JsonNode after = http.get(OPPS + "/" + id, sales.token()).data();
        assertThat(after.get("status").asText()).isEqualTo("won");
        assertThat(after.get("stage").asText()).isEqualTo("closed_won");
        // again (both paths): the same order, no second one
        Resp again = http.post(OPPS + "/" + id + "/convert-to-order", sales.token(), null);
        assertThat(again.data().get("id").asText()).isEqualTo(order.get("id").asText());
        assertThat(http.get(ORDERS + "?size=1000&title=From%20opp", sales.token()).data().get("total").asLong())
                .isEqualTo(1);
        assertThat(http.delete(OPPS + "/" + id, sales.token()).status()).isEqualTo(409);
        // no products: 400
        String empty = opportunity(sales).get("id").asText();
        assertThat(http.post(OPPS + "/" + empty + "/convert", sales.token(), map()).fields())
                .containsExactly("products");
        // the SPA's order_items override the products
        Resp custom = http.post(OPPS + "/" + empty + "/convert", sales.token(), map("order_items",
                List.of(map("product_id", p1, "quantity", 3, "unit_price", "1.005"))));
        assertThat(custom.data().get("total_amount").decimalValue()).isEqualByComparingTo("3.03");
    }

    @Test
    void convertFromLeadCreatesTheCustomerAndConvertsTheLead() {
        User sales = user("SALES");
        String p = product("Company setup");
        Resp lead = http.post("/api/business/leads", sales.token(), map("name", "Lead X",
                "company_name", unique("PT Lead ")));
        String leadId = lead.data().get("id").asText();
        int before = DOWNSTREAM.customersCreated.get();
        Resp r = http.post(OPPS_ALIAS + "/convert-from-lead/" + leadId, sales.token(), map("name", "From lead",
                "products", List.of(map("product_id", p, "quantity", 1, "unit_price", 500)),
                "payment_stages", List.of(map("stage_number", 1, "stage_name", "All", "amount", 500))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().get("lead_id").asText()).isEqualTo(leadId);
        assertThat(r.data().get("lead_name").asText()).isEqualTo("Lead X");
        assertThat(r.data().get("customer_name").asText()).startsWith("PT Lead");
        assertThat(DOWNSTREAM.customersCreated.get() - before).isEqualTo(1);
        JsonNode l = http.get("/api/business/leads/" + leadId, sales.token()).data();
        assertThat(l.get("status").asText()).isEqualTo("converted");
        assertThat(l.get("customer_id").asText()).isEqualTo(r.data().get("customer_id").asText());
        assertThat(http.post(OPPS + "/convert-from-lead/" + leadId, sales.token(), map("name", "again")).status())
                .isEqualTo(409);
        // with an existing customer, and the lead page's shortcut
        String lead2 = http.post("/api/business/leads", sales.token(), map("name", "Lead Y")).data().get("id")
                .asText();
        String c = customer("PT Existing");
        Resp r2 = http.post(OPPS + "/convert-from-lead/" + lead2, sales.token(), map("name", "Y", "customer_id", c));
        assertThat(r2.data().get("customer_id").asText()).isEqualTo(c);
        assertThat(DOWNSTREAM.customersCreated.get() - before).isEqualTo(1);
        String lead3 = http.post("/api/order-workflow/leads", sales.token(), map("name", "Lead Z")).data().get("id")
                .asText();
        Resp r3 = http.post("/api/order-workflow/leads/" + lead3 + "/convert-to-opportunity", sales.token(),
                map("opportunity_name", "Z deal", "amount", 99));
        assertThat(r3.status()).as(r3.toString()).isEqualTo(200);
        assertThat(r3.data().get("opportunity").get("name").asText()).isEqualTo("Z deal");
        assertThat(r3.data().get("opportunity_id").asText()).isEqualTo(r3.data().get("opportunity").get("id")
                .asText());
    }

    @Test
    void convertFromLeadChecksProductDependenciesBeforeCreatingTheCustomer() {
        User sales = user("SALES");
        String passport = product("Passport");
        String visa = product("Visa");
        DOWNSTREAM.dependency(visa, passport, "required");
        for (String base : List.of(OPPS, OPPS_ALIAS)) {
            String leadId = http.post("/api/business/leads", sales.token(), map("name", "Dep lead",
                    "company_name", unique("PT Dep "))).data().get("id").asText();
            int before = DOWNSTREAM.customersCreated.get();
            int calls = DOWNSTREAM.createCalls.get();
            // a required prerequisite missing: 400 on products, no customer created, the lead unchanged
            Resp refused = http.post(base + "/convert-from-lead/" + leadId, sales.token(), map("name", "Visa deal",
                    "products", List.of(map("product_id", visa))));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.fields()).containsExactly("products");
            assertThat(refused.body().toString()).contains("Visa 需要 Passport");
            assertThat(DOWNSTREAM.createCalls.get()).isEqualTo(calls);
            JsonNode lead = http.get("/api/business/leads/" + leadId, sales.token()).data();
            assertThat(lead.get("status").asText()).isEqualTo("new");
            assertThat(lead.get("customer_id").isNull()).isTrue();
            // also with an existing customer
            assertThat(http.post(base + "/convert-from-lead/" + leadId, sales.token(), map("name", "Visa deal",
                    "customer_id", customer("PT Dep existing"), "products", List.of(map("product_id", visa))))
                    .fields()).containsExactly("products");
            // with the prerequisite: converted, passport first in the execution order
            Resp ok = http.post(base + "/convert-from-lead/" + leadId, sales.token(), map("name", "Visa deal",
                    "auto_calculate_order", true, "products", List.of(map("product_id", visa, "execution_order", 1),
                            map("product_id", passport))));
            assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
            Map<String, Integer> order = new java.util.HashMap<>();
            ok.data().get("products").forEach(p -> order.put(p.get("product_id").asText(),
                    p.get("execution_order").asInt()));
            assertThat(order).containsEntry(passport, 1).containsEntry(visa, 2);
            assertThat(DOWNSTREAM.customersCreated.get() - before).isEqualTo(1);
        }
        // service-management down: 503, the lead stays convertible
        String leadId = http.post("/api/business/leads", sales.token(), map("name", "Down lead")).data().get("id")
                .asText();
        DOWNSTREAM.down = true;
        assertThat(http.post(OPPS + "/convert-from-lead/" + leadId, sales.token(), map("name", "x",
                "products", List.of(map("product_id", visa), map("product_id", passport)))).status())
                .isEqualTo(503);
        DOWNSTREAM.down = false;
        assertThat(http.get("/api/business/leads/" + leadId, sales.token()).data().get("status").asText())
                .isEqualTo("new");
    }

    @Test
    void followUpsAndNotes() {
        User sales = user("SALES");
        String id = opportunity(sales).get("id").asText();
        for (String base : List.of(OPPS, OPPS_ALIAS)) {
            assertThat(http.post(base + "/" + id + "/follow-ups", sales.token(), map("follow_up_type", "meeting",
                    "content", "met", "follow_up_date", "2026-11-20T09:00:00")).status()).isEqualTo(201);
            assertThat(http.post(base + "/" + id + "/notes", sales.token(), map("note_type", "task",
                    "content", "send quote")).status()).isEqualTo(201);
        }
        assertThat(http.get(OPPS + "/" + id + "/follow-ups", sales.token()).data()).hasSize(2);
        assertThat(http.get(OPPS_ALIAS + "/" + id + "/notes", sales.token()).data()).hasSize(2);
        assertThat(http.post(OPPS + "/" + id + "/notes", sales.token(), map("note_type", "x", "content", "y"))
                .fields()).containsExactly("note_type");
        assertThat(http.get(OPPS + "/" + id + "/notes", user("SALES").token()).status()).isEqualTo(404);
    }
}

package com.bantu.business.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LeadIT extends IntegrationTestBase {

    private static final String LEADS = "/api/business/leads";
    private static final String LEADS_ALIAS = "/api/order-workflow/leads";

    private JsonNode lead(User u, Object... extra) {
        Map<String, Object> body = map(extra);
        body.putIfAbsent("name", unique("Lead "));
        Resp r = http.post(LEADS, u.token(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    @Test
    void crudUnderBothPrefixes() {
        User sales = user("SALES");
        for (String base : List.of(LEADS, LEADS_ALIAS)) {
            Resp created = http.post(base, sales.token(), map("name", "Budi", "company_name", "PT Cahaya",
                    "phone", "+62 812-3456", "email", "Budi@Example.com", "level", "3", "status", "contacted"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode l = created.data();
            String id = l.get("id").asText();
            assertThat(l.get("owner_user_id").asText()).isEqualTo(sales.id());
            assertThat(l.get("owner_username").asText()).startsWith("sales");
            assertThat(l.get("created_by").asText()).isEqualTo(sales.id());
            assertThat(l.get("organization_id").asText()).isEqualTo("org-1");
            assertThat(l.get("level_name_zh").asText()).isEqualTo("国有企业和上市公司");
            assertThat(l.get("email").asText()).isEqualTo("budi@example.com");
            assertThat(l.get("is_in_public_pool").asBoolean()).isFalse();
            assertThat(http.get(base + "/" + id, sales.token()).data().get("name").asText()).isEqualTo("Budi");
            Resp upd = http.put(base + "/" + id, sales.token(), map("status", "qualified", "address", "Jl. 1"));
            assertThat(upd.data().get("status").asText()).isEqualTo("qualified");
            assertThat(http.put(base + "/" + id, sales.token(), map("status", "new")).status()).isEqualTo(409);
            Resp list = http.get(base + "?owner_user_id=" + sales.id() + "&is_in_public_pool=false&phone=628123456",
                    sales.token());
            assertThat(list.data().get("total").asLong()).isEqualTo(1);
            assertThat(list.data().get("items")).hasSize(1);
            assertThat(list.data().get("page").asInt()).isEqualTo(1);
            assertThat(http.get(base + "?email=BUDI@example.com&owner_user_id=" + sales.id(), sales.token()).data()
                    .get("total").asLong()).isEqualTo(1);
            assertThat(http.get(base + "?company_name=cahaya&owner_user_id=" + sales.id() + "&status=qualified",
                    sales.token()).data().get("total").asLong()).isEqualTo(1);
            assertThat(http.delete(base + "/" + id, sales.token()).status()).isEqualTo(200);
            assertThat(http.get(base + "/" + id, sales.token()).status()).isEqualTo(404);
        }
    }

    @Test
    void validationRolesAndScope() {
        User sales = user("SALES");
        User other = user("SALES");
        assertThat(http.post(LEADS, sales.token(), map("company_name", "x")).fields()).containsExactly("name");
        assertThat(http.post(LEADS, sales.token(), map("name", "x", "email", "nope")).fields())
                .containsExactly("email");
        assertThat(http.post(LEADS, sales.token(), map("name", "x", "customer_id", uuid())).fields())
                .containsExactly("customer_id");
        assertThat(http.post(LEADS, sales.token(), map("name", "x", "level", "99")).fields())
                .containsExactly("level");
        assertThat(http.post(LEADS, sales.token(), map("name", "x", "status", "converted")).fields())
                .containsExactly("status");
        assertThat(http.get(LEADS + "?status=bogus", sales.token()).fields()).containsExactly("status");
        assertThat(http.get(LEADS, null).status()).isEqualTo(401);
        assertThat(http.get(LEADS, token("AGENT")).status()).isEqualTo(403);
        assertThat(http.get(LEADS_ALIAS, token("OPERATION")).status()).isEqualTo(403);
        assertThat(http.post(LEADS, sales.token(), map("name", "x", "owner_user_id", other.id())).status())
                .isEqualTo(403);
        String id = lead(sales).get("id").asText();
        assertThat(http.get(LEADS + "/" + id, other.token()).status()).isEqualTo(404);
        assertThat(http.put(LEADS + "/" + id, other.token(), map("name", "y")).status()).isEqualTo(404);
        assertThat(http.delete(LEADS + "/" + id, other.token()).status()).isEqualTo(404);
        assertThat(http.get(LEADS + "/" + id + "/follow-ups", other.token()).status()).isEqualTo(404);
        assertThat(http.get(LEADS + "?size=1000", other.token()).data().get("items").findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(http.get(LEADS + "/" + id, admin()).status()).isEqualTo(200);
    }

    @Test
    void publicPoolMoveClaimAndAssign() {
        User sales = user("SALES");
        User other = user("SALES");
        String id = lead(sales).get("id").asText();
        Resp moved = http.post(LEADS_ALIAS + "/" + id + "/move-to-pool", sales.token(), map("pool_id", null));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.data().get("is_in_public_pool").asBoolean()).isTrue();
        assertThat(moved.data().get("owner_user_id").isNull()).isTrue();
        assertThat(moved.data().get("moved_to_pool_at").isNull()).isFalse();
        // pool leads are readable by the organization, not editable until claimed
        assertThat(http.get(LEADS + "/" + id, other.token()).status()).isEqualTo(200);
        assertThat(http.get(LEADS + "?is_in_public_pool=true&size=1000", other.token()).data().get("items")
                .findValuesAsString("id")).contains(id);
        assertThat(http.put(LEADS + "/" + id, other.token(), map("name", "mine")).status()).isEqualTo(403);
        // a non-admin assigns only to themselves (claim)
        assertThat(http.post(LEADS + "/" + id + "/assign", other.token(), map("owner_user_id", sales.id()))
                .status()).isEqualTo(403);
        Resp claimed = http.post(LEADS + "/" + id + "/assign", other.token(), map("owner_user_id", other.id()));
        assertThat(claimed.data().get("owner_user_id").asText()).isEqualTo(other.id());
        assertThat(claimed.data().get("is_in_public_pool").asBoolean()).isFalse();
        assertThat(http.get(LEADS + "/" + id, sales.token()).status()).isEqualTo(404);
        // a claimed lead cannot be claimed by someone else
        assertThat(http.post(LEADS + "/" + id + "/assign", sales.token(), map("owner_user_id", sales.id()))
                .status()).isEqualTo(404);
        // an admin assigns to anyone known to foundation; the new owner is notified
        Resp assigned = http.post(LEADS + "/" + id + "/assign", admin(), map("owner_user_id", sales.id()));
        assertThat(assigned.data().get("owner_user_id").asText()).isEqualTo(sales.id());
        assertThat(http.get("/api/order-workflow/notifications/unread-count", sales.token()).data()
                .get("unread_count").asLong()).isEqualTo(1);
        assertThat(http.post(LEADS + "/" + id + "/assign", admin(), map("owner_user_id", uuid())).fields())
                .containsExactly("owner_user_id");
        assertThat(http.post(LEADS + "/" + id + "/assign", admin(), map()).fields()).containsExactly("owner_user_id");
    }

    @Test
    void followUpsMoveTheStatusAndNotesAreListedNewestFirst() {
        User sales = user("SALES");
        String id = lead(sales).get("id").asText();
        for (String base : List.of(LEADS, LEADS_ALIAS)) {
            Resp f = http.post(base + "/" + id + "/follow-ups", sales.token(), map("follow_up_type", "call",
                    "content", "called", "follow_up_date", "2026-11-01T10:00:00",
                    "status_after", base.equals(LEADS) ? "contacted" : "qualified"));
            assertThat(f.status()).as(f.toString()).isEqualTo(201);
            assertThat(f.data().get("created_by_name").asText()).startsWith("sales");
        }
        JsonNode list = http.get(LEADS_ALIAS + "/" + id + "/follow-ups", sales.token()).data();
        assertThat(list).hasSize(2);
        // both were written within the same second: find the second one by its target status
        JsonNode second = list.get(0).get("status_after").asText().equals("qualified") ? list.get(0) : list.get(1);
        assertThat(second.get("status_before").asText()).isEqualTo("contacted");
        assertThat(second.get("status_after").asText()).isEqualTo("qualified");
        JsonNode lead = http.get(LEADS + "/" + id, sales.token()).data();
        assertThat(lead.get("status").asText()).isEqualTo("qualified");
        assertThat(lead.get("last_follow_up_at").asText()).startsWith("2026-11-01T10:00");
        assertThat(http.post(LEADS + "/" + id + "/follow-ups", sales.token(), map("follow_up_type", "call",
                "follow_up_date", "2026-11-02T10:00:00", "status_after", "new")).status()).isEqualTo(409);
        assertThat(http.post(LEADS + "/" + id + "/follow-ups", sales.token(), map("follow_up_type", "fax",
                "follow_up_date", "2026-11-02T10:00:00")).fields()).containsExactly("follow_up_type");
        assertThat(http.post(LEADS + "/" + id + "/follow-ups", sales.token(), map("follow_up_type", "call"))
                .fields()).containsExactly("follow_up_date");
        for (String base : List.of(LEADS, LEADS_ALIAS)) {
            assertThat(http.post(base + "/" + id + "/notes", sales.token(), map("note_type", "reminder",
                    "content", "note " + base, "is_important", true)).status()).isEqualTo(201);
        }
        JsonNode notes = http.get(LEADS + "/" + id + "/notes", sales.token()).data();
        assertThat(notes).hasSize(2);
        assertThat(notes.findValuesAsString("content")).containsExactlyInAnyOrder("note " + LEADS, "note " + LEADS_ALIAS);
        assertThat(notes.get(0).get("is_important").asBoolean()).isTrue();
        assertThat(http.post(LEADS + "/" + id + "/notes", sales.token(), map("note_type", "reminder")).fields())
                .containsExactly("content");
    }

    @Test
    void duplicateCheckWithSimilarityScore() {
        User sales = user("SALES");
        String company = unique("Sinar Mas ");
        String digits = String.valueOf(System.nanoTime() % 1_000_000_000L);
        String phone = "0812-" + digits;
        lead(sales, "company_name", company, "phone", phone, "email", unique("a") + "@b.co");
        Resp exact = http.post(LEADS_ALIAS + "/check-duplicate", sales.token(), map("company_name", company,
                "exact_match", true));
        assertThat(exact.data().get("has_duplicate").asBoolean()).isTrue();
        assertThat(exact.data().get("similarity_score").asDouble()).isEqualTo(1.0);
        Resp fuzzy = http.post(LEADS + "/check-duplicate", sales.token(), map("company_name",
                company.substring(0, company.length() - 2), "phone", "0812 " + digits));
        assertThat(fuzzy.data().get("duplicates")).hasSize(1);
        double score = fuzzy.data().get("similarity_score").asDouble();
        assertThat(score).isGreaterThan(0.9).isLessThan(1.0);
        Resp none = http.post(LEADS + "/check-duplicate", sales.token(), map("email", unique("x") + "@nowhere.io"));
        assertThat(none.data().get("has_duplicate").asBoolean()).isFalse();
        assertThat(http.post(LEADS + "/check-duplicate", sales.token(), map()).data().get("has_duplicate")
                .asBoolean()).isFalse();
        String id = exact.data().get("duplicates").get(0).get("id").asText();
        assertThat(http.post(LEADS + "/check-duplicate", sales.token(), map("company_name", company,
                "exclude_lead_id", id)).data().get("has_duplicate").asBoolean()).isFalse();
    }

    @Test
    void convertToCustomerCreatesOneCustomerEvenWhenConcurrent() throws Exception {
        User sales = user("SALES");
        String id = lead(sales, "company_name", unique("PT Convert "), "contact_name", "Ani", "status", "qualified")
                .get("id").asText();
        int before = DOWNSTREAM.customersCreated.get();
        DOWNSTREAM.createDelayMs = 400;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Resp>> results = new ArrayList<>();
        for (String base : List.of(LEADS, LEADS_ALIAS)) {
            results.add(pool.submit(() -> {
                start.await();
                return http.post(base + "/" + id + "/convert-to-customer", sales.token(), map());
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        String customerId = null;
        for (Future<Resp> f : results) {
            Resp r = f.get();
            statuses.add(r.status());
            if (r.status() == 200) {
                customerId = r.data().get("customer_id").asText();
                assertThat(r.data().get("customer").get("name").asText()).startsWith("PT Convert");
            }
        }
        pool.shutdown();
        DOWNSTREAM.createDelayMs = 0;
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(DOWNSTREAM.customersCreated.get() - before).isEqualTo(1);
        JsonNode lead = http.get(LEADS + "/" + id, sales.token()).data();
        assertThat(lead.get("status").asText()).isEqualTo("converted");
        assertThat(lead.get("customer_id").asText()).isEqualTo(customerId);
        // again later: 409, still one customer
        assertThat(http.post(LEADS + "/" + id + "/convert-to-customer", sales.token(), map()).status())
                .isEqualTo(409);
        assertThat(DOWNSTREAM.customersCreated.get() - before).isEqualTo(1);
        assertThat(http.put(LEADS + "/" + id, sales.token(), map("name", "edit")).status()).isEqualTo(409);
    }

    @Test
    void aFailedConversionIsRetriedWithTheSameKeyAndLostLeadsDoNotConvert() {
        User sales = user("SALES");
        String id = lead(sales, "name", "Solo founder").get("id").asText();
        int before = DOWNSTREAM.customersCreated.get();
        DOWNSTREAM.down = true;
        assertThat(http.post(LEADS + "/" + id + "/convert-to-customer", sales.token(), map()).status())
                .isEqualTo(503);
        assertThat(http.get(LEADS + "/" + id, sales.token()).data().get("status").asText()).isEqualTo("new");
        DOWNSTREAM.down = false;
        Resp ok = http.post(LEADS + "/" + id + "/convert-to-customer", sales.token(),
                map("customer_name", "Solo Ltd"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.data().get("customer").get("name").asText()).isEqualTo("Solo Ltd");
        assertThat(DOWNSTREAM.customersCreated.get() - before).isEqualTo(1);

        String lost = lead(sales).get("id").asText();
        http.put(LEADS + "/" + lost, sales.token(), map("status", "lost"));
        assertThat(http.post(LEADS + "/" + lost + "/convert-to-customer", sales.token(), map()).status())
                .isEqualTo(409);
        String others = lead(user("SALES")).get("id").asText();
        assertThat(http.post(LEADS + "/" + others + "/convert-to-customer", sales.token(), map()).status())
                .isEqualTo(404);
    }

    @Test
    void customerLevelsAndFollowUpStatusesAreBilingual() {
        for (String base : List.of("/api/business", "/api/order-workflow")) {
            JsonNode zh = http.get(base + "/customer-levels?lang=zh", token("FINANCE")).data();
            assertThat(zh).hasSize(5);
            assertThat(zh.get(0).get("code").asText()).isEqualTo("2");
            assertThat(zh.get(0).get("name").asText()).isEqualTo("央企总部和龙头企业");
            JsonNode id = http.get(base + "/customer-levels?lang=id", token("SALES")).data();
            assertThat(id.get(0).get("name").asText()).isEqualTo(id.get(0).get("name_id").asText());
            JsonNode statuses = http.get(base + "/follow-up-statuses?lang=id", token("OPERATION")).data();
            assertThat(statuses).hasSize(5);
            assertThat(statuses.get(0).get("name_zh").asText()).isEqualTo("需求澄清");
            assertThat(http.get(base + "/order-statuses", token("SALES")).data()).hasSize(6);
        }
        assertThat(http.get("/api/business/customer-levels", token("AGENT")).status()).isEqualTo(403);
        assertThat(http.get("/api/business/customer-levels", null).status()).isEqualTo(401);
    }
}

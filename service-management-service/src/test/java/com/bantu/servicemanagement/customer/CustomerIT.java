package com.bantu.servicemanagement.customer;

import com.bantu.common.error.ErrorKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import com.bantu.servicemanagement.names.FoundationNames;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class CustomerIT extends IntegrationTestBase {

    private static final String BASE = "/api/service-management/customers";

    @Autowired
    FoundationNames names;

    @Autowired
    JdbcTemplate jdbc;

    /** Import provenance is read-only: a body cannot set it, responses still show all twelve fields (flat). */
    @Test
    void importProvenanceIsShownButNotWritable() {
        Resp created = http.post(BASE, admin(), map("name", unique("Prov "), "id_external", "EXT-1",
                "owner_name", "someone", "created_at_src", "2020-01-01T00:00:00", "linked_module", "crm"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String id = created.data().get("id").asText();
        for (String field : List.of("id_external", "owner_id_external", "owner_name", "created_by_external",
                "created_by_name", "updated_by_external", "updated_by_name", "created_at_src", "updated_at_src",
                "last_action_at_src", "linked_module", "linked_id_external")) {
            assertThat(created.data().has(field)).as(field).isTrue();
            assertThat(created.data().get(field).isNull()).as(field).isTrue();
        }
        assertThat(created.data().has("provenance")).isFalse();

        String external = unique("EXT-");
        jdbc.update("UPDATE customers SET id_external = ?, owner_name = ?, created_at_src = ? WHERE id = ?",
                external, "Imported Owner", java.sql.Timestamp.valueOf("2021-02-03 04:05:06"), id);
        Resp updated = http.put(BASE + "/" + id, admin(), map("id_external", "CHANGED", "owner_name", "x",
                "industry", "trade"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.data().get("industry").asText()).isEqualTo("trade");
        assertThat(updated.data().get("id_external").asText()).isEqualTo(external);
        assertThat(updated.data().get("owner_name").asText()).isEqualTo("Imported Owner");
        assertThat(updated.data().get("created_at_src").asText()).isEqualTo("2021-02-03T04:05:06");
        assertThat(updated.data().get("linked_module").isNull()).isTrue();
    }

    @Test
    void createGeneratesCodeAndAppliesDefaults() {
        Resp r = http.post(BASE, sales(), map("name", "  " + unique("Budi ") + " ", "tags", List.of("vip", "visa")));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.body().get("code").asInt()).isEqualTo(200);
        JsonNode c = r.data();
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(c.get("code").asText()).matches("CUS" + today + "\\d{4,}");
        assertThat(c.get("name").asText()).doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(c.get("customer_type").asText()).isEqualTo("individual");
        assertThat(c.get("customer_source_type").asText()).isEqualTo("own");
        assertThat(c.get("is_locked").asBoolean()).isFalse();
        assertThat(c.get("is_active").asBoolean()).isTrue();
        assertThat(c.get("deleted_at").isNull()).isTrue();
        assertThat(c.get("version").asLong()).isZero();
        assertThat(c.get("tags").toString()).isEqualTo("[\"vip\",\"visa\"]");
        assertThat(c.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");

        Resp second = http.post(BASE, sales(), map("name", unique("Sari ")));
        assertThat(second.data().get("code").asText()).isNotEqualTo(c.get("code").asText());

        Resp got = http.get(BASE + "/" + c.get("id").asText(), token("FINANCE"));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.data().get("name").asText()).isEqualTo(c.get("name").asText());
    }

    @Test
    void validationNamesTheField() {
        Resp noName = http.post(BASE, admin(), map("customer_type", "individual"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.message()).isEqualTo(ErrorKey.VALIDATION.message());
        assertThat(noName.fields()).containsExactly("name");

        Resp longName = http.post(BASE, admin(), map("name", "x".repeat(256)));
        assertThat(longName.fields()).containsExactly("name");

        Resp badType = http.post(BASE, admin(), map("name", "A", "customer_type", "company"));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.fields()).containsExactly("customer_type");

        Resp badSource = http.post(BASE, admin(), map("name", "A", "customer_source_type", "partner"));
        assertThat(badSource.fields()).containsExactly("customer_source_type");

        Resp agentWithoutAgent = http.post(BASE, admin(), map("name", "A", "customer_source_type", "agent"));
        assertThat(agentWithoutAgent.status()).isEqualTo(400);
        assertThat(agentWithoutAgent.fields()).containsExactly("agent_id");

        Resp badParent = http.post(BASE, admin(), map("name", "A", "parent_customer_id", uuid()));
        assertThat(badParent.fields()).containsExactly("parent_customer_id");

        Resp badSourceId = http.post(BASE, admin(), map("name", "A", "source_id", uuid()));
        assertThat(badSourceId.fields()).containsExactly("source_id");

        Resp badTags = http.post(BASE, admin(), map("name", "A", "tags", "not-a-list"));
        assertThat(badTags.status()).isEqualTo(400);

        Resp blankUpdate = http.put(BASE + "/" + createCustomerId(), admin(), map("name", ""));
        assertThat(blankUpdate.status()).isEqualTo(400);
        assertThat(blankUpdate.fields()).containsExactly("name");

        Resp malformed = http.post(BASE, admin(), "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void agentCustomerNeedsAgentIdAndShowsNames() {
        String agentOrg = uuid();
        String owner = uuid();
        FOUNDATION.organizations.put(agentOrg, "PT Agen Maju");
        FOUNDATION.users.put(owner, "Owner Wang");
        JsonNode c = createCustomer(map("customer_source_type", "agent", "agent_id", agentOrg, "owner_user_id", owner,
                "customer_type", "organization"));
        assertThat(c.get("agent_name").asText()).isEqualTo("PT Agen Maju");
        assertThat(c.get("owner_user_name").asText()).isEqualTo("Owner Wang");
        assertThat(c.get("agent_user_name").isNull()).isTrue();
        assertThat(FOUNDATION.lastAuthorization()).startsWith("Bearer ");
        var principal = jwt.verifyAccess(FOUNDATION.lastAuthorization().substring(7));
        assertThat(principal.roles()).containsExactly("SERVICE");

        Resp clearAgent = http.put(BASE + "/" + c.get("id").asText(), admin(), map("customer_source_type", "agent"));
        assertThat(clearAgent.status()).isEqualTo(200);
    }

    @Test
    void foundationDownLeavesNamesNullButSucceeds() {
        String owner = uuid();
        FOUNDATION.users.put(owner, "Never Shown");
        FOUNDATION.down = true;
        try {
            JsonNode c = createCustomer(map("owner_user_id", owner));
            assertThat(c.get("owner_user_id").asText()).isEqualTo(owner);
            assertThat(c.get("owner_user_name").isNull()).isTrue();
            Resp list = http.get(BASE + "?owner_user_id=" + owner, admin());
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.data().get("items").get(0).get("owner_user_name").isNull()).isTrue();
        } finally {
            FOUNDATION.down = false;
            names.circuitBreaker().reset();
            names.clearCache();
        }
        Resp after = http.get(BASE + "?owner_user_id=" + owner, admin());
        assertThat(after.data().get("items").get(0).get("owner_user_name").asText()).isEqualTo("Never Shown");
    }

    @Test
    void duplicateCodeIs409() {
        String code = unique("C-");
        createCustomer(map("code", code));
        Resp dup = http.post(BASE, admin(), map("name", "Other", "code", code));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.body().get("code").asInt()).isEqualTo(409);
        String other = createCustomerId();
        Resp dupOnUpdate = http.put(BASE + "/" + other, admin(), map("code", code));
        assertThat(dupOnUpdate.status()).isEqualTo(409);
    }

    @Test
    void parentCycleIs409() {
        String a = createCustomerId();
        String b = createCustomer(map("parent_customer_id", a)).get("id").asText();
        String c = createCustomer(map("parent_customer_id", b)).get("id").asText();
        JsonNode child = http.get(BASE + "/" + c, admin()).data();
        assertThat(child.get("parent_name").asText()).isEqualTo(http.get(BASE + "/" + b, admin()).data()
                .get("name").asText());

        assertThat(http.put(BASE + "/" + a, admin(), map("parent_customer_id", c)).status()).isEqualTo(409);
        assertThat(http.put(BASE + "/" + a, admin(), map("parent_customer_id", a)).status()).isEqualTo(409);
        assertThat(http.put(BASE + "/" + a, admin(), map("parent_customer_id", uuid())).fields())
                .containsExactly("parent_customer_id");
        Resp children = http.get(BASE + "?parent_customer_id=" + a, admin());
        assertThat(children.data().get("total").asLong()).isEqualTo(1);
        assertThat(children.data().get("items").get(0).get("id").asText()).isEqualTo(b);
    }

    @Test
    void staleVersionIs409() {
        JsonNode c = createCustomer(map());
        String id = c.get("id").asText();
        Resp first = http.put(BASE + "/" + id, sales(), map("level", "A", "version", 0));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data().get("version").asLong()).isEqualTo(1);
        assertThat(first.data().get("level").asText()).isEqualTo("A");
        Resp stale = http.put(BASE + "/" + id, sales(), map("level", "B", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(http.get(BASE + "/" + id, admin()).data().get("level").asText()).isEqualTo("A");
    }

    @Test
    void softDeleteThenRestore() {
        String name = unique("Deleted ");
        String id = createCustomer(map("name", name)).get("id").asText();
        assertThat(http.delete(BASE + "/" + id, sales()).status()).isEqualTo(403);
        Resp del = http.delete(BASE + "/" + id, admin());
        assertThat(del.status()).isEqualTo(200);
        assertThat(del.data().isNull()).isTrue();
        assertThat(http.get(BASE + "?name=" + enc(name), admin()).data().get("total").asLong()).isZero();
        assertThat(http.get(BASE + "?include_deleted=true&name=" + enc(name), admin()).data().get("total").asLong())
                .isEqualTo(1);
        JsonNode deleted = http.get(BASE + "/" + id, admin()).data();
        assertThat(deleted.get("is_active").asBoolean()).isFalse();
        assertThat(deleted.get("deleted_at").isNull()).isFalse();
        assertThat(http.get(BASE + "/" + id + "/documents", admin()).status()).isEqualTo(404);

        Resp restored = http.put(BASE + "/" + id + "/restore", admin(), null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.data().get("is_active").asBoolean()).isTrue();
        assertThat(restored.data().get("deleted_at").isNull()).isTrue();
        assertThat(http.get(BASE + "?name=" + enc(name), admin()).data().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void listFiltersPagingAndSorting() {
        String prefix = unique("Zeta");
        createCustomer(map("name", prefix + " Alpha", "customer_type", "organization"));
        createCustomer(map("name", prefix + " Beta"));
        createCustomer(map("name", "PT " + prefix + " Gamma"));

        Resp byPrefix = http.get(BASE + "?name=" + enc(prefix.toLowerCase()) + "&sort_by=name&sort_order=asc", admin());
        assertThat(byPrefix.status()).isEqualTo(200);
        assertThat(byPrefix.data().get("total").asLong()).isEqualTo(2);
        assertThat(byPrefix.data().get("page").asInt()).isEqualTo(1);
        assertThat(byPrefix.data().get("size").asInt()).isEqualTo(10);
        assertThat(byPrefix.data().get("items").get(0).get("name").asText()).isEqualTo(prefix + " Alpha");

        Resp alphabetical = http.get(BASE + "?name=" + enc(prefix), admin());
        assertThat(alphabetical.data().get("items").get(0).get("name").asText()).isEqualTo(prefix + " Alpha");
        assertThat(alphabetical.data().get("items").get(1).get("name").asText()).isEqualTo(prefix + " Beta");

        Resp contains = http.get(BASE + "?name_match=contains&name=" + enc(prefix), admin());
        assertThat(contains.data().get("total").asLong()).isEqualTo(3);

        Resp typed = http.get(BASE + "?name=" + enc(prefix) + "&customer_type=organization", admin());
        assertThat(typed.data().get("total").asLong()).isEqualTo(1);

        Resp paged = http.get(BASE + "?name=" + enc(prefix) + "&page=2&size=1&sort_by=name", admin());
        assertThat(paged.data().get("items").size()).isEqualTo(1);
        assertThat(paged.data().get("items").get(0).get("name").asText()).isEqualTo(prefix + " Beta");

        Resp clamped = http.get(BASE + "?size=5000", admin());
        assertThat(clamped.data().get("size").asInt()).isEqualTo(1000);

        assertThat(http.get(BASE + "?page=0", admin()).fields()).containsExactly("page");
        assertThat(http.get(BASE + "?size=0", admin()).fields()).containsExactly("size");
        assertThat(http.get(BASE + "?sort_by=password", admin()).fields()).containsExactly("sort_by");
        assertThat(http.get(BASE + "?sort_by=" + enc("name;drop table customers"), admin()).status()).isEqualTo(400);
        assertThat(http.get(BASE + "?sort_order=sideways", admin()).fields()).containsExactly("sort_order");
        assertThat(http.get(BASE + "?customer_type=alien", admin()).fields()).containsExactly("customer_type");
        assertThat(http.get(BASE + "?customer_source_type=x", admin()).fields()).containsExactly("customer_source_type");
        assertThat(http.get(BASE + "?is_locked=maybe", admin()).fields()).containsExactly("is_locked");
        assertThat(http.get(BASE + "?unknown_param=1", admin()).status()).isEqualTo(200);
    }

    @Test
    void wildcardsInTheNameAreLiteral() {
        String tag = unique("W");
        createCustomer(map("name", tag + "100% Pure"));
        createCustomer(map("name", tag + "1000 Pure"));
        createCustomer(map("name", tag + "a_b"));
        createCustomer(map("name", tag + "axb"));
        assertThat(http.get(BASE + "?name=" + enc(tag + "100%"), admin()).data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get(BASE + "?name=" + enc(tag + "a_"), admin()).data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get(BASE + "?name_match=contains&name=" + enc("0% pure"), admin()).data().get("total")
                .asLong()).isGreaterThanOrEqualTo(1);
        assertThat(http.get(BASE + "?name=" + enc(tag + "!"), admin()).data().get("total").asLong()).isZero();
    }

    @Test
    void unfilteredTotalFollowsCreatesAndDeletes() {
        long before = http.get(BASE + "?size=1", admin()).data().get("total").asLong();
        String id = createCustomerId();
        assertThat(http.get(BASE + "?size=1", admin()).data().get("total").asLong()).isEqualTo(before + 1);
        http.delete(BASE + "/" + id, admin());
        assertThat(http.get(BASE + "?size=1", admin()).data().get("total").asLong()).isEqualTo(before);
        String fresh = createCustomerId();
        assertThat(http.get(BASE + "?size=20", admin()).data().get("items").toString()).as("newest first")
                .contains(fresh);
    }

    @Test
    void lockedCustomerOnlyAdminMayChange() {
        String id = createCustomer(map("is_locked", true)).get("id").asText();
        assertThat(http.put(BASE + "/" + id, sales(), map("level", "B")).status()).isEqualTo(409);
        assertThat(http.put(BASE + "/" + id, admin(), map("level", "B")).status()).isEqualTo(200);
        assertThat(http.put(BASE + "/" + id, admin(), map("is_locked", false)).status()).isEqualTo(200);
        assertThat(http.put(BASE + "/" + id, sales(), map("level", "C")).status()).isEqualTo(200);
    }

    @Test
    void authAndRoles() {
        String id = createCustomerId();
        assertThat(http.get(BASE, null).status()).isEqualTo(401);
        assertThat(http.get(BASE, null).body().get("code").asInt()).isEqualTo(401);
        assertThat(http.get(BASE, "garbage.token.here").status()).isEqualTo(401);
        assertThat(http.get(BASE, token("AGENT")).status()).isEqualTo(403);
        assertThat(http.post(BASE, token("FINANCE"), map("name", "X")).status()).isEqualTo(403);
        assertThat(http.post(BASE, token("OPERATION"), map("name", unique("Op "))).status()).isEqualTo(200);
        assertThat(http.put(BASE + "/" + id, token("FINANCE"), map("level", "X")).status()).isEqualTo(403);
        assertThat(http.put(BASE + "/" + id + "/restore", sales(), null).status()).isEqualTo(403);
        Resp missing = http.get(BASE + "/" + uuid(), admin());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.message()).isEqualTo("客户不存在");
        assertThat(http.put(BASE + "/" + uuid(), admin(), map("level", "A")).status()).isEqualTo(404);
        assertThat(http.delete(BASE + "/" + uuid(), admin()).status()).isEqualTo(404);
        assertThat(http.put(BASE + "/" + uuid() + "/restore", admin(), null).status()).isEqualTo(404);
    }

    @Test
    void documentsCrud() {
        String id = createCustomerId();
        String docs = BASE + "/" + id + "/documents";
        Resp created = http.post(docs, sales(), map("document_type", "passport", "document_name", "Passport",
                "document_number", "E1234567", "expiry_date", "2030-01-31", "gender", "female"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String docId = created.data().get("id").asText();
        assertThat(created.data().get("customer_id").asText()).isEqualTo(id);
        assertThat(created.data().get("status").asText()).isEqualTo("active");
        assertThat(created.data().get("expiry_date").asText()).isEqualTo("2030-01-31");
        assertThat(created.data().get("customer_name").asText()).isNotBlank();

        Resp verified = http.put(docs + "/" + docId, sales(), map("is_verified", true, "status", "expired"));
        assertThat(verified.data().get("is_verified").asBoolean()).isTrue();
        assertThat(verified.data().get("verified_at").isNull()).isFalse();
        assertThat(verified.data().get("status").asText()).isEqualTo("expired");

        assertThat(http.get(docs, token("FINANCE")).data().size()).isEqualTo(1);
        assertThat(http.get(docs + "/" + docId, admin()).status()).isEqualTo(200);

        assertThat(http.post(docs, sales(), map("document_name", "X")).fields()).containsExactly("document_type");
        assertThat(http.post(docs, sales(), map("document_type", "diploma", "document_name", "X")).fields())
                .containsExactly("document_type");
        assertThat(http.post(docs, sales(), map("document_type", "visa")).fields()).containsExactly("document_name");
        assertThat(http.post(docs, sales(), map("document_type", "visa", "document_name", "V", "gender", "x"))
                .fields()).containsExactly("gender");
        assertThat(http.post(docs, sales(), map("document_type", "visa", "document_name", "V", "expiry_date",
                "31/01/2030")).status()).isEqualTo(400);
        assertThat(http.post(docs, token("FINANCE"), map("document_type", "visa", "document_name", "V")).status())
                .isEqualTo(403);
        assertThat(http.post(BASE + "/" + uuid() + "/documents", sales(),
                map("document_type", "visa", "document_name", "V")).status()).isEqualTo(404);
        assertThat(http.get(docs + "/" + uuid(), admin()).status()).isEqualTo(404);

        assertThat(http.delete(docs + "/" + docId, sales()).status()).isEqualTo(200);
        assertThat(http.get(docs, admin()).data().size()).isZero();
    }

    @Test
    void paymentStagesCrud() {
        String id = createCustomerId();
        String stages = BASE + "/" + id + "/payment-stages";
        Resp created = http.post(stages, token("FINANCE"), map("stage_number", 1, "stage_name", "Deposit",
                "amount", 1000.50, "paid_amount", 200, "payment_trigger", "manual"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.data().get("remaining_amount").decimalValue()).isEqualByComparingTo("800.50");
        assertThat(created.data().get("currency_code").asText()).isEqualTo("CNY");
        assertThat(created.data().get("payment_status").asText()).isEqualTo("unpaid");
        String stageId = created.data().get("id").asText();

        Resp paid = http.put(stages + "/" + stageId, token("FINANCE"), map("paid_amount", 1000.50,
                "payment_status", "paid", "status", "paid"));
        assertThat(paid.data().get("remaining_amount").decimalValue()).isEqualByComparingTo("0");

        assertThat(http.post(stages, admin(), map("amount", 1)).fields()).containsExactly("stage_number");
        assertThat(http.post(stages, admin(), map("stage_number", 0, "amount", 1)).fields())
                .containsExactly("stage_number");
        assertThat(http.post(stages, admin(), map("stage_number", 2)).fields()).containsExactly("amount");
        assertThat(http.post(stages, admin(), map("stage_number", 2, "amount", -1)).fields())
                .containsExactly("amount");
        assertThat(http.post(stages, admin(), map("stage_number", 2, "amount", 10, "paid_amount", 11)).fields())
                .containsExactly("paid_amount");
        assertThat(http.post(stages, admin(), map("stage_number", 2, "amount", 10, "status", "late")).fields())
                .containsExactly("status");
        assertThat(http.post(stages, admin(), map("stage_number", 2, "amount", 10, "service_record_id", uuid()))
                .fields()).containsExactly("service_record_id");
        assertThat(http.post(stages, token("OPERATION"), map("stage_number", 2, "amount", 10)).status())
                .isEqualTo(403);

        http.post(stages, admin(), map("stage_number", 2, "amount", 10));
        Resp list = http.get(stages, sales());
        assertThat(list.data().size()).isEqualTo(2);
        assertThat(list.data().get(0).get("stage_number").asInt()).isEqualTo(1);
        assertThat(http.delete(stages + "/" + stageId, admin()).status()).isEqualTo(200);
        assertThat(http.get(stages + "/" + stageId, admin()).status()).isEqualTo(404);
    }

    @Test
    void customerFollowUpsTimeline() {
        String id = createCustomerId();
        String userId = SALES_ID;
        Resp added = http.post(BASE + "/" + id + "/follow-ups", token(userId, "SALES"),
                map("content", "Called about visa", "follow_up_type", "call", "next_follow_up_at", "2030-01-01T10:00:00"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.data().get("author_id").asText()).isEqualTo(userId);
        assertThat(added.data().get("author_name").asText()).isEqualTo("sales-user");
        assertThat(added.data().get("followed_up_at").isNull()).isFalse();
        http.post(BASE + "/" + id + "/follow-ups", sales(), map("content", "Second", "followed_up_at",
                "2099-01-01T09:00:00"));
        Resp list = http.get(BASE + "/" + id + "/follow-ups", admin());
        assertThat(list.data().size()).isEqualTo(2);
        assertThat(list.data().get(0).get("content").asText()).isEqualTo("Second");
        assertThat(http.post(BASE + "/" + id + "/follow-ups", sales(), map("content", " ")).fields())
                .containsExactly("content");
        assertThat(http.post(BASE + "/" + uuid() + "/follow-ups", sales(), map("content", "x")).status())
                .isEqualTo(404);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

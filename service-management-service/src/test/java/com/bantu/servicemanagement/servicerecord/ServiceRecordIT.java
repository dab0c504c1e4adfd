package com.bantu.servicemanagement.servicerecord;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ServiceRecordIT extends IntegrationTestBase {

    private static final String BASE = "/api/service-management/service-records";
    private static final String LANDING_VISA = "ead5858b-2352-41fa-8560-cc9e36cf7e24";
    private static final String B1_PRODUCT = "882cb3cf-8ef7-40de-aaed-0e94bab24f52";

    private JsonNode create(Map<String, Object> fields) {
        Resp r = http.post(BASE, sales(), fields);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    private String record(String status) {
        String id = create(map("customer_id", createCustomerId())).get("id").asText();
        if (status.equals("in_progress") || status.equals("completed")) {
            assertThat(http.put(BASE + "/" + id, sales(), map("status", "in_progress")).status()).isEqualTo(200);
        }
        if (!status.equals("pending") && !status.equals("in_progress")) {
            assertThat(http.put(BASE + "/" + id, sales(), map("status", status)).status()).isEqualTo(200);
        }
        return id;
    }

    @Test
    void createWithReferencesAndDefaults() {
        String customerId = createCustomerId();
        String salesUser = uuid();
        FOUNDATION.users.put(salesUser, "Sales Li");
        String contactId = http.post("/api/service-management/contacts", sales(), map("customer_id", customerId,
                "first_name", "Ani", "last_name", "W")).data().get("id").asText();
        // naming another user as sales user is an administrator's change
        Resp made = http.post(BASE, admin(), map("customer_id", customerId, "service_type_id", LANDING_VISA,
                "product_id", B1_PRODUCT, "contact_id", contactId, "sales_user_id", salesUser,
                "service_name", "B1 visa", "estimated_price", 750000,
                "attachments", List.of(Map.of("file_name", "passport.pdf", "file_url", "https://files/p.pdf")),
                "tags", List.of("visa"), "deadline", "2030-05-01"));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        JsonNode r = made.data();
        assertThat(r.get("status").asText()).isEqualTo("pending");
        assertThat(r.get("priority").asText()).isEqualTo("normal");
        assertThat(r.get("currency_code").asText()).isEqualTo("CNY");
        assertThat(r.get("quantity").asInt()).isEqualTo(1);
        assertThat(r.get("service_type_name").asText()).isEqualTo("落地签");
        assertThat(r.get("product_name").asText()).isEqualTo("落地签【B1】");
        assertThat(r.get("product_code").asText()).isEqualTo("B1");
        assertThat(r.get("contact_name").asText()).isEqualTo("Ani W");
        assertThat(r.get("customer_name").asText()).isNotBlank();
        assertThat(r.get("sales_username").asText()).isEqualTo("Sales Li");
        assertThat(r.get("attachments").get(0).get("file_name").asText()).isEqualTo("passport.pdf");
        assertThat(r.get("deadline").asText()).isEqualTo("2030-05-01");
        assertThat(r.get("version").asLong()).isZero();

        Resp byCustomer = http.get(BASE + "/customers/" + customerId + "/service-records", token("FINANCE"));
        assertThat(byCustomer.data().get("total").asLong()).isEqualTo(1);
        Resp filtered = http.get(BASE + "?sales_user_id=" + salesUser + "&status=pending&priority=normal"
                + "&service_type_id=" + LANDING_VISA + "&product_id=" + B1_PRODUCT, admin());
        assertThat(filtered.data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get(BASE + "?customer_id=" + customerId + "&sort_by=deadline&sort_order=desc", admin())
                .data().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void validation() {
        String customerId = createCustomerId();
        assertThat(http.post(BASE, sales(), map("service_name", "x")).fields()).containsExactly("customer_id");
        assertThat(http.post(BASE, sales(), map("customer_id", uuid())).fields()).containsExactly("customer_id");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "status", "done")).fields())
                .containsExactly("status");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "priority", "asap")).fields())
                .containsExactly("priority");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "estimated_price", -1)).fields())
                .containsExactly("estimated_price");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "final_price", -0.01)).fields())
                .containsExactly("final_price");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "quantity", -1)).fields())
                .containsExactly("quantity");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "product_id", uuid())).fields())
                .containsExactly("product_id");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "service_type_id", uuid())).fields())
                .containsExactly("service_type_id");
        String otherContact = http.post("/api/service-management/contacts", sales(), map("customer_id",
                createCustomerId(), "first_name", "X", "last_name", "Y")).data().get("id").asText();
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "contact_id", otherContact)).fields())
                .containsExactly("contact_id");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "deadline", "tomorrow")).status())
                .isEqualTo(400);
        assertThat(http.get(BASE + "?status=done", sales()).fields()).containsExactly("status");
        assertThat(http.get(BASE + "?priority=asap", sales()).fields()).containsExactly("priority");
        assertThat(http.get(BASE + "?sort_by=internal_notes", sales()).fields()).containsExactly("sort_by");
    }

    @Test
    void allowedTransitionsAndDates() {
        String id = record("pending");
        Resp started = http.put(BASE + "/" + id, sales(), map("status", "in_progress"));
        assertThat(started.data().get("status").asText()).isEqualTo("in_progress");
        assertThat(started.data().get("actual_start_date").asText()).isEqualTo(LocalDate.now().toString());
        Resp held = http.put(BASE + "/" + id, sales(), map("status", "on_hold"));
        assertThat(held.data().get("status").asText()).isEqualTo("on_hold");
        assertThat(http.put(BASE + "/" + id, sales(), map("status", "in_progress")).status()).isEqualTo(200);
        Resp done = http.put(BASE + "/" + id, sales(), map("status", "completed"));
        assertThat(done.data().get("actual_completion_date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(done.data().get("actual_start_date").asText()).isEqualTo(LocalDate.now().toString());

        assertThat(http.put(BASE + "/" + record("pending"), sales(), map("status", "cancelled")).status())
                .isEqualTo(200);
        assertThat(http.put(BASE + "/" + record("pending"), sales(), map("status", "on_hold")).status())
                .isEqualTo(200);
        assertThat(http.put(BASE + "/" + record("in_progress"), sales(), map("status", "cancelled")).status())
                .isEqualTo(200);
        assertThat(http.put(BASE + "/" + record("on_hold"), sales(), map("status", "cancelled")).status())
                .isEqualTo(200);
        String given = create(map("customer_id", createCustomerId(), "actual_start_date", "2024-01-02")).get("id")
                .asText();
        assertThat(http.put(BASE + "/" + given, sales(), map("status", "in_progress")).data()
                .get("actual_start_date").asText()).isEqualTo("2024-01-02");
        assertThat(http.put(BASE + "/" + given, sales(), map("status", "in_progress", "unit", "set")).status())
                .as("same status is not a transition").isEqualTo(200);
    }

    @Test
    void illegalTransitionsAre409() {
        String[][] illegal = {
            {"pending", "completed"}, {"in_progress", "pending"}, {"on_hold", "completed"}, {"on_hold", "pending"},
            {"completed", "in_progress"}, {"completed", "cancelled"}, {"cancelled", "pending"},
            {"cancelled", "in_progress"}};
        for (String[] t : illegal) {
            String id = record(t[0]);
            Resp r = http.put(BASE + "/" + id, sales(), map("status", t[1]));
            assertThat(r.status()).as(t[0] + " -> " + t[1]).isEqualTo(409);
            assertThat(http.get(BASE + "/" + id, sales()).data().get("status").asText()).isEqualTo(t[0]);
        }
    }

    @Test
    void staleVersionLockDeleteAndRoles() {
        String id = record("pending");
        assertThat(http.put(BASE + "/" + id, sales(), map("priority", "high", "version", 0)).status())
                .isEqualTo(200);
        assertThat(http.put(BASE + "/" + id, sales(), map("priority", "urgent", "version", 0)).status())
                .isEqualTo(409);
        assertThat(http.get(BASE + "/" + id, sales()).data().get("priority").asText()).isEqualTo("high");

        assertThat(http.put(BASE + "/" + id, admin(), map("is_locked", true)).status()).isEqualTo(200);
        assertThat(http.put(BASE + "/" + id, sales(), map("priority", "low")).status()).isEqualTo(409);
        assertThat(http.put(BASE + "/" + id, admin(), map("priority", "low")).status()).isEqualTo(200);

        assertThat(http.get(BASE, null).status()).isEqualTo(401);
        assertThat(http.get(BASE, token("AGENT")).status()).isEqualTo(403);
        assertThat(http.post(BASE, token("FINANCE"), map("customer_id", createCustomerId())).status())
                .isEqualTo(403);
        assertThat(http.delete(BASE + "/" + id, sales()).status()).isEqualTo(403);
        assertThat(http.get(BASE + "/" + uuid(), sales()).status()).isEqualTo(404);
        assertThat(http.put(BASE + "/" + uuid(), sales(), map("priority", "low")).status()).isEqualTo(404);
        assertThat(http.get(BASE + "/customers/" + uuid() + "/service-records", sales()).status()).isEqualTo(404);

        assertThat(http.delete(BASE + "/" + id, admin()).status()).isEqualTo(200);
        assertThat(http.get(BASE + "/" + id, admin()).data().get("deleted_at").isNull()).isFalse();
        assertThat(http.get(BASE + "/" + id + "/follow-ups", admin()).status()).isEqualTo(404);
        assertThat(http.put(BASE + "/" + id + "/restore", admin(), null).data().get("deleted_at").isNull()).isTrue();
    }

    @Test
    void followUpsTimeline() {
        String customerId = createCustomerId();
        String author = uuid();
        // the operation user works on the record as its assignee (in scope through sales_user_id)
        String id = http.post(BASE, admin(), map("customer_id", customerId, "sales_user_id", author)).data()
                .get("id").asText();
        Resp added = http.post(BASE + "/" + id + "/follow-ups", token(author, "OPERATION"),
                map("content", "Documents received", "next_follow_up_at", "2030-02-01T09:30:00"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.data().get("author_id").asText()).isEqualTo(author);
        assertThat(added.data().get("service_record_id").asText()).isEqualTo(id);
        http.post(BASE + "/" + id + "/follow-ups", sales(), map("content", "Submitted to immigration"));
        Resp list = http.get(BASE + "/" + id + "/follow-ups", token("FINANCE"));
        assertThat(list.data().size()).isEqualTo(2);
        JsonNode rec = http.get(BASE + "/" + id, sales()).data();
        assertThat(rec.get("follow_up_notes").asText()).isEqualTo("Submitted to immigration");
        assertThat(rec.get("last_follow_up_at").isNull()).isFalse();
        assertThat(rec.get("next_follow_up_at").asText()).isEqualTo("2030-02-01T09:30:00");
        assertThat(http.get("/api/service-management/customers/" + customerId + "/follow-ups", sales()).data()
                .size()).isEqualTo(2);
        assertThat(http.post(BASE + "/" + id + "/follow-ups", sales(), map("content", "")).fields())
                .containsExactly("content");
        assertThat(http.post(BASE + "/" + id + "/follow-ups", token("FINANCE"), map("content", "x")).status())
                .isEqualTo(403);
        assertThat(http.post(BASE + "/" + uuid() + "/follow-ups", sales(), map("content", "x")).status())
                .isEqualTo(404);
    }
}

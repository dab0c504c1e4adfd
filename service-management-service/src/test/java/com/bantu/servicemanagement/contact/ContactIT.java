package com.bantu.servicemanagement.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactIT extends IntegrationTestBase {

    private static final String BASE = "/api/service-management/contacts";

    private JsonNode create(String customerId, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("customer_id", customerId);
        body.putIfAbsent("first_name", "Budi");
        body.putIfAbsent("last_name", unique("S"));
        Resp r = http.post(BASE, sales(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    private List<String> primaries(String customerId) {
        Resp r = http.get(BASE + "/customers/" + customerId + "/contacts?is_primary=true", admin());
        assertThat(r.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.data().get("items").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void crud() {
        String customerId = createCustomerId();
        JsonNode c = create(customerId, Map.of("first_name", "Siti", "last_name", "Rahma", "email", "siti@example.com",
                "is_decision_maker", true, "preferred_contact_method", "wechat", "wechat_id", "siti88"));
        String id = c.get("id").asText();
        assertThat(c.get("full_name").asText()).isEqualTo("Siti Rahma");
        assertThat(c.get("is_primary").asBoolean()).isFalse();
        assertThat(c.get("is_decision_maker").asBoolean()).isTrue();
        assertThat(c.get("preferred_contact_method").asText()).isEqualTo("wechat");
        assertThat(c.get("customer_name").asText()).isNotBlank();
        assertThat(c.get("is_active").asBoolean()).isTrue();

        Resp upd = http.put(BASE + "/" + id, sales(), map("last_name", "Putri", "position", "CEO"));
        assertThat(upd.data().get("full_name").asText()).isEqualTo("Siti Putri");
        assertThat(upd.data().get("position").asText()).isEqualTo("CEO");
        assertThat(http.get(BASE + "/" + id, token("FINANCE")).data().get("email").asText())
                .isEqualTo("siti@example.com");
        Resp list = http.get(BASE + "?customer_id=" + customerId, admin());
        assertThat(list.data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get(BASE + "/customers/" + customerId + "/contacts", admin()).data().get("items").size())
                .isEqualTo(1);

        assertThat(http.put(BASE + "/" + id, sales(), map("customer_id", createCustomerId())).fields())
                .containsExactly("customer_id");
        assertThat(http.delete(BASE + "/" + id, sales()).status()).isEqualTo(200);
        assertThat(http.get(BASE + "/" + id, sales()).status()).isEqualTo(404);
    }

    @Test
    void validationAuthAndNotFound() {
        String customerId = createCustomerId();
        assertThat(http.post(BASE, sales(), map("first_name", "A", "last_name", "B")).fields())
                .containsExactly("customer_id");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "last_name", "B")).fields())
                .containsExactly("first_name");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "first_name", "A")).fields())
                .containsExactly("last_name");
        assertThat(http.post(BASE, sales(), map("customer_id", customerId, "first_name", "A", "last_name", "B",
                "email", "not-mail")).fields()).containsExactly("email");
        assertThat(http.post(BASE, sales(), map("customer_id", uuid(), "first_name", "A", "last_name", "B"))
                .fields()).containsExactly("customer_id");
        assertThat(http.post(BASE, token("FINANCE"), map("customer_id", customerId, "first_name", "A",
                "last_name", "B")).status()).isEqualTo(403);
        assertThat(http.get(BASE, null).status()).isEqualTo(401);
        assertThat(http.get(BASE + "/" + uuid(), sales()).status()).isEqualTo(404);
        assertThat(http.put(BASE + "/" + uuid(), sales(), map("notes", "x")).status()).isEqualTo(404);
        assertThat(http.delete(BASE + "/" + uuid(), sales()).status()).isEqualTo(404);
        assertThat(http.get(BASE + "/customers/" + uuid() + "/contacts", sales()).status()).isEqualTo(404);
    }

    @Test
    void settingANewPrimaryClearsTheOld() {
        String customerId = createCustomerId();
        String first = create(customerId, Map.of("is_primary", true)).get("id").asText();
        assertThat(primaries(customerId)).containsExactly(first);
        String second = create(customerId, Map.of("is_primary", true)).get("id").asText();
        assertThat(primaries(customerId)).containsExactly(second);
        String third = create(customerId, Map.of()).get("id").asText();
        assertThat(http.put(BASE + "/" + third, sales(), map("is_primary", true)).status()).isEqualTo(200);
        assertThat(primaries(customerId)).containsExactly(third);
        assertThat(http.get(BASE + "/" + first, sales()).data().get("is_primary").asBoolean()).isFalse();
        assertThat(http.put(BASE + "/" + third, sales(), map("is_primary", false)).status()).isEqualTo(200);
        assertThat(primaries(customerId)).isEmpty();
        // another customer's primary is untouched
        String otherCustomer = createCustomerId();
        String otherPrimary = create(otherCustomer, Map.of("is_primary", true)).get("id").asText();
        create(customerId, Map.of("is_primary", true));
        assertThat(primaries(otherCustomer)).containsExactly(otherPrimary);
    }

    @Test
    void twoConcurrentPrimaryRequestsLeaveExactlyOnePrimary() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String customerId = createCustomerId();
                String a = create(customerId, Map.of()).get("id").asText();
                String b = create(customerId, Map.of()).get("id").asText();
                CountDownLatch start = new CountDownLatch(1);
                String token = sales();
                CompletableFuture<Resp> ra = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return http.put(BASE + "/" + a, token, map("is_primary", true));
                }, pool);
                CompletableFuture<Resp> rb = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return http.post(BASE, token, map("customer_id", customerId, "first_name", "New",
                            "last_name", "Primary", "is_primary", true));
                }, pool);
                start.countDown();
                Resp resA = ra.get(30, TimeUnit.SECONDS);
                Resp resB = rb.get(30, TimeUnit.SECONDS);
                assertThat(resA.status()).as(resA.toString()).isEqualTo(200);
                assertThat(resB.status()).as(resB.toString()).isEqualTo(200);
                List<String> primary = primaries(customerId);
                assertThat(primary).as("round " + round).hasSize(1);
                assertThat(primary.get(0)).isIn(a, resB.data().get("id").asText());
                assertThat(b).isNotIn(primary);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

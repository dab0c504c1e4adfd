package com.bantu.servicemanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The internal customer and product API business-service calls (lead conversion, order snapshots). */
class InternalCustomerIT extends IntegrationTestBase {

    private String service() {
        return jwt.issueServiceToken("business-service").token();
    }

    @Test
    void createIsIdempotentOnTheKeyEvenWhenConcurrent() throws Exception {
        String key = uuid();
        Map<String, Object> body = map("idempotency_key", key, "name", unique("PT Lead "), "customer_type",
                "organization", "owner_user_id", uuid(), "description", "from a lead",
                "contact", map("name", "Budi Santoso", "phone", "0812", "email", "budi@example.com"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Resp>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return http.post("/internal/customers", service(), body);
            }));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        for (Future<Resp> f : results) {
            Resp r = f.get();
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            ids.add(r.data().get("id").asText());
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        String id = ids.iterator().next();
        Resp again = http.post("/internal/customers", service(), body);
        assertThat(again.data().get("id").asText()).isEqualTo(id);
        Resp customer = http.get("/api/service-management/customers/" + id, admin());
        assertThat(customer.data().get("customer_type").asText()).isEqualTo("organization");
        Resp contacts = http.get("/api/service-management/contacts/customers/" + id + "/contacts", admin());
        assertThat(contacts.data().get("total").asLong()).isEqualTo(1);
        assertThat(contacts.data().get("items").get(0).get("full_name").asText()).isEqualTo("Budi Santoso");
        assertThat(contacts.data().get("items").get(0).get("is_primary").asBoolean()).isTrue();

        Resp got = http.get("/internal/customers/" + id, service());
        assertThat(got.data().get("name").asText()).startsWith("PT Lead");
        assertThat(http.get("/internal/customers/" + uuid(), service()).status()).isEqualTo(404);
        assertThat(http.post("/internal/customers", service(), map("name", "x")).fields())
                .containsExactly("idempotency_key");
        assertThat(http.post("/internal/customers", sales(), body).status()).isEqualTo(403);
        assertThat(http.get("/internal/customers/" + id, null).status()).isEqualTo(401);
        // the row's own fields only (and its version, the one customer.changed carries), the same values the full
        // customer shows
        assertThat(got.data().size()).isEqualTo(6);
        assertThat(got.data().get("version").asLong()).isEqualTo(customer.data().get("version").asLong());
        assertThat(again.data().get("version").asLong()).isEqualTo(customer.data().get("version").asLong());
        assertThat(got.data().get("id").asText()).isEqualTo(id);
        assertThat(got.data().get("code").asText()).isEqualTo(customer.data().get("code").asText());
        assertThat(got.data().get("level").isNull()).isEqualTo(customer.data().get("level").isNull());
        assertThat(got.data().get("owner_user_id").isNull()).isEqualTo(customer.data().get("owner_user_id").isNull());
        assertThat(http.delete("/api/service-management/customers/" + id, admin()).status()).isEqualTo(200);
        assertThat(http.get("/internal/customers/" + id, service()).status()).isEqualTo(404);
    }

    @Test
    void productsById() {
        Resp p = http.post("/api/service-management/products", admin(), map("name", unique("Visa "),
                "code", unique("V-"), "unit", "piece"));
        assertThat(p.status()).as(p.toString()).isEqualTo(200);
        String id = p.data().get("id").asText();
        Resp r = http.get("/internal/products?ids=" + id + "," + uuid(), service());
        assertThat(r.data().size()).isEqualTo(1);
        assertThat(r.data().get(id).get("name").asText()).startsWith("Visa");
        assertThat(r.data().get(id).get("unit").asText()).isEqualTo("piece");
    }
}

package com.bantu.servicemanagement.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Product dependencies: seeds, shapes, rules (self, duplicate, cycle, type), access, and the internal read. */
class ProductDependencyIT extends IntegrationTestBase {

    private static final String BASE = "/api/service-management/product-dependencies";

    @Autowired
    JdbcTemplate jdbc;

    private String productId(String code) {
        Resp r = http.get("/api/service-management/products?code=" + code, admin());
        assertThat(r.data().get("total").asLong()).as(code).isEqualTo(1);
        return r.data().get("items").get(0).get("id").asText();
    }

    private String newProduct() {
        Resp r = http.post("/api/service-management/products", admin(), map("name", unique("Dep product ")));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().get("id").asText();
    }

    @Test
    void theNineteenSeedRowsArePresent() {
        Integer seeded = jdbc.queryForObject("SELECT COUNT(*) FROM product_dependencies WHERE created_at = "
                + "'2025-01-01 00:00:00'", Integer.class);
        assertThat(seeded).isEqualTo(19);
        Resp c317 = http.get(BASE + "/" + productId("C317"), token("AGENT"));
        assertThat(c317.status()).as(c317.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        c317.data().forEach(n -> codes.add(n.get("depends_on_product_code").asText()));
        assertThat(codes).containsExactly("C312", "C312_10day");
        assertThat(c317.data().get(0).get("dependency_type").asText()).isEqualTo("required");
        assertThat(c317.data().get(0).get("description").asText()).isEqualTo("家属陪同签证需要先完成工作签");
        Resp kitas = http.get(BASE + "/" + productId("C211ToKitas") + "?dependency_type=recommended", sales());
        assertThat(kitas.data().size()).isEqualTo(5);
        assertThat(http.get(BASE + "/" + productId("C211ToKitas") + "?dependency_type=required", sales())
                .data().size()).isZero();
        Resp dependents = http.get(BASE + "/" + productId("CPMA") + "/dependents", sales());
        assertThat(dependents.data().size()).isEqualTo(6);

        Resp page = http.get(BASE + "?dependency_type=required&size=5", admin());
        assertThat(page.data().get("total").asLong()).isGreaterThanOrEqualTo(14);
        assertThat(page.data().get("records").size()).isEqualTo(5);
        assertThat(page.data().get("current").asInt()).isEqualTo(1);
        assertThat(page.data().get("pages").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.data().get("records").get(0).propertyNames()).contains("id", "product_id", "product_name",
                "product_code", "depends_on_product_id", "depends_on_product_name", "depends_on_product_code",
                "dependency_type", "description", "created_at", "updated_at");
    }

    @Test
    void createUpdateDeleteAndTheRules() {
        String a = newProduct();
        String b = newProduct();
        String c = newProduct();
        Resp ab = http.post(BASE, admin(), map("product_id", a, "depends_on_product_id", b));
        assertThat(ab.status()).as(ab.toString()).isEqualTo(200);
        assertThat(ab.data().get("dependency_type").asText()).isEqualTo("required");
        assertThat(ab.data().get("depends_on_product_id").asText()).isEqualTo(b);
        String abId = ab.data().get("id").asText();
        assertThat(http.post(BASE, admin(), map("product_id", b, "depends_on_product_id", c,
                "dependency_type", "optional", "description", "nice")).status()).isEqualTo(200);

        Resp cycle = http.post(BASE, admin(), map("product_id", c, "depends_on_product_id", a));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.message()).isEqualTo("存在循环依赖，无法创建");
        assertThat(http.post(BASE, admin(), map("product_id", a, "depends_on_product_id", b)).status())
                .isEqualTo(409);
        assertThat(http.post(BASE, admin(), map("product_id", a, "depends_on_product_id", a)).fields())
                .containsExactly("depends_on_product_id");
        assertThat(http.post(BASE, admin(), map("product_id", a, "depends_on_product_id", c,
                "dependency_type", "mandatory")).fields()).containsExactly("dependency_type");
        assertThat(http.post(BASE, admin(), map("depends_on_product_id", c)).fields()).containsExactly("product_id");
        assertThat(http.post(BASE, admin(), map("product_id", uuid(), "depends_on_product_id", c)).fields())
                .containsExactly("product_id");
        assertThat(http.post(BASE, admin(), map("product_id", a, "depends_on_product_id", uuid())).fields())
                .containsExactly("depends_on_product_id");

        Resp updated = http.put(BASE + "/" + abId, admin(), map("dependency_type", "recommended",
                "description", "changed"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.data().get("dependency_type").asText()).isEqualTo("recommended");
        assertThat(updated.data().get("description").asText()).isEqualTo("changed");
        assertThat(http.put(BASE + "/" + abId, admin(), map("dependency_type", "x")).fields())
                .containsExactly("dependency_type");
        assertThat(http.put(BASE + "/" + uuid(), admin(), map("description", "x")).status()).isEqualTo(404);

        assertThat(http.get(BASE + "?product_id=" + a, sales()).data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get(BASE + "?dependency_type=bogus", sales()).fields()).containsExactly("dependency_type");
        assertThat(http.get(BASE + "/" + uuid(), sales()).status()).isEqualTo(404);

        assertThat(http.delete(BASE + "/" + abId, admin()).status()).isEqualTo(200);
        assertThat(http.get(BASE + "?product_id=" + a, sales()).data().get("total").asLong()).isZero();
        assertThat(http.delete(BASE + "/" + abId, admin()).status()).isEqualTo(404);
        // without the a→b edge, c→a no longer closes a cycle
        assertThat(http.post(BASE, admin(), map("product_id", c, "depends_on_product_id", a)).status())
                .isEqualTo(200);
    }

    @Test
    void readsForEverySignedInUserWritesForAdminOnly() {
        String a = newProduct();
        String b = newProduct();
        for (String role : new String[] {"SALES", "OPERATION", "FINANCE", "AGENT"}) {
            assertThat(http.get(BASE, token(role)).status()).as(role).isEqualTo(200);
            assertThat(http.post(BASE, token(role), map("product_id", a, "depends_on_product_id", b)).status())
                    .as(role).isEqualTo(403);
        }
        assertThat(http.get(BASE, null).status()).isEqualTo(401);
        assertThat(http.get(BASE, "forged.token.value").status()).isEqualTo(401);
        assertThat(http.put(BASE + "/" + uuid(), sales(), map("description", "x")).status()).isEqualTo(403);
        assertThat(http.delete(BASE + "/" + uuid(), token("OPERATION")).status()).isEqualTo(403);
    }

    @Test
    void internalReadHasTheSharedShape() {
        String service = jwt.issueServiceToken("business-service").token();
        String c312 = productId("C312");
        String c314 = productId("C314");
        Resp r = http.get("/internal/product-dependencies?product_ids=" + c312 + "," + c314 + "," + uuid(), service);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().isArray()).isTrue();
        assertThat(r.data().size()).isEqualTo(3);
        JsonNode first = r.data().get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "product_id", "product_code",
                "product_name", "depends_on_product_id", "depends_on_product_code", "depends_on_product_name",
                "dependency_type", "description");
        for (JsonNode n : r.data()) {
            assertThat(n.get("product_id").asText()).isIn(c312, c314);
        }
        assertThat(http.get("/internal/product-dependencies?product_ids=", service).data().size()).isZero();
        assertThat(http.get("/internal/product-dependencies?product_ids=" + c312, sales()).status()).isEqualTo(403);
        assertThat(http.get("/internal/product-dependencies?product_ids=" + c312, null).status()).isEqualTo(401);
    }

    /**
     * Two requests that would close a cycle together (A→B and B→A, at the same moment): the graph lock makes the
     * second one see the first, so exactly one is created and the other is refused as a cycle, for every pair. Without
     * the lock both cycle checks read the graph before either insert and both pass.
     */
    @Test
    void concurrentInsertsCannotCloseACycle() throws Exception {
        int pairs = 8;
        String token = admin();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2 * pairs);
        try {
            List<String[]> products = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                products.add(new String[] {newProduct(), newProduct()});
            }
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> forward = new ArrayList<>();
            List<java.util.concurrent.Future<Integer>> backward = new ArrayList<>();
            for (String[] p : products) {
                forward.add(pool.submit(() -> {
                    start.await();
                    return http.post(BASE, token, map("product_id", p[0], "depends_on_product_id", p[1])).status();
                }));
                backward.add(pool.submit(() -> {
                    start.await();
                    return http.post(BASE, token, map("product_id", p[1], "depends_on_product_id", p[0])).status();
                }));
            }
            start.countDown();
            for (int i = 0; i < pairs; i++) {
                List<Integer> statuses = List.of(forward.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS),
                        backward.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS));
                assertThat(statuses).as("pair " + i).containsExactlyInAnyOrder(200, 400);
                String[] p = products.get(i);
                Integer edges = jdbc.queryForObject("SELECT COUNT(*) FROM product_dependencies WHERE "
                        + "product_id IN (?, ?) AND depends_on_product_id IN (?, ?)", Integer.class, p[0], p[1],
                        p[0], p[1]);
                assertThat(edges).as("pair " + i).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

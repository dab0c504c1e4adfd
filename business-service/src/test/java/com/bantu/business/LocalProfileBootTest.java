package com.bantu.business;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.TestHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Boots the service on the local profile with H2 in MySQL mode: proves the Flyway migrations (schema, seed, event
 * tables) and the JPA queries run there too, not only on MariaDB.
 */
class LocalProfileBootTest {

    @Test
    void bootsOnH2AndServesSeedData() throws Exception {
        String secret = "local-" + UUID.randomUUID() + UUID.randomUUID();
        Path files = Files.createTempDirectory("bantu-business-local");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(BusinessApplication.class)
                .profiles("local")
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:biz-" + UUID.randomUUID()
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                        "--bantu.jwt.secret=" + secret,
                        "--bantu.files.dir=" + files,
                        "--bantu.services.foundation.url=http://127.0.0.1:9",
                        "--bantu.services.service-management.url=http://127.0.0.1:9")) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            TestHttp http = TestHttp.local(port);
            String admin = ctx.getBean(JwtService.class).issueAccess(new JwtService.Subject(UUID.randomUUID()
                    .toString(), "admin", null, List.of("ADMIN"), null)).token();
            assertThat(http.get("/health", null).status()).isEqualTo(200);
            assertThat(http.get("/api/order-workflow/customer-levels", admin).data()).hasSize(5);
            TestHttp.Resp orders = http.get("/api/order-workflow/orders?status_code=submitted&created_at_from=2026-01-01",
                    admin);
            assertThat(orders.status()).as(orders.toString()).isEqualTo(200);
            assertThat(orders.data().get("total").asLong()).isZero();
            assertThat(http.get("/api/business/leads?company_name=x", admin).status()).isEqualTo(200);
            assertThat(http.get("/api/business/opportunities?min_amount=1", admin).status()).isEqualTo(200);
            String service = ctx.getBean(JwtService.class).issueServiceToken("analytics-monitoring-service").token();
            assertThat(http.get("/internal/stats/orders", service).data().get("total").asLong()).isZero();
            assertThat(http.get("/internal/stats/revenue?period=week", service).status()).isEqualTo(200);
            assertThat(http.get("/internal/stats/orders", admin).status()).isEqualTo(403);
            // a dependency that is down: a quick 503 in the envelope
            TestHttp.Resp down = http.post("/api/business/orders", admin, java.util.Map.of("title", "t",
                    "customer_id", UUID.randomUUID().toString(), "sales_user_id", UUID.randomUUID().toString(),
                    "order_items", List.of(java.util.Map.of("quantity", 1, "unit_price", 1))));
            assertThat(down.status()).as(down.toString()).isEqualTo(503);
        }
    }
}

package com.bantu.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.TestHttp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Boots the service on the local profile with H2 in MySQL mode: proves the Flyway migration and the queries (JPA and
 * the report SQL) run there too, not only on MariaDB.
 */
class LocalProfileBootTest {

    @Test
    void bootsOnH2AndServesPlansPaymentsAndReports() {
        String secret = "local-" + UUID.randomUUID() + UUID.randomUUID();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FinanceApplication.class)
                .profiles("local")
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:fin-" + UUID.randomUUID()
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                        "--bantu.jwt.secret=" + secret,
                        "--bantu.finance.collection.cron=-",
                        "--bantu.services.business.url=http://127.0.0.1:9")) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            TestHttp http = TestHttp.local(port);
            JwtService jwt = ctx.getBean(JwtService.class);
            String admin = jwt.issueAccess(new JwtService.Subject(UUID.randomUUID().toString(), "admin", null,
                    List.of("ADMIN"), null)).token();
            String service = jwt.issueServiceToken("business-service").token();
            assertThat(http.get("/health", null).status()).isEqualTo(200);
            String orderId = UUID.randomUUID().toString();
            String eventId = UUID.randomUUID().toString();
            TestHttp.Resp ev = http.send("POST", "/internal/events", service, Map.of("id", eventId, "type",
                    "order.submitted", "version", 1, "source", "business-service", "occurred_at",
                    java.time.Instant.now().toString(), "payload", Map.of("order_id", orderId, "order_number",
                            "ORD-H2", "sales_user_id", "s1", "currency_code", "CNY", "final_amount",
                            new BigDecimal("100.00"), "exchange_rate", new BigDecimal("0.0005"))),
                    Map.of("Idempotency-Key", eventId));
            assertThat(ev.status()).as(ev.toString()).isEqualTo(200);
            TestHttp.Resp plan = http.post("/api/finance/orders/" + orderId + "/receivables", admin,
                    Map.of("stages", List.of(Map.of("stage_number", 1, "stage_name", "All", "amount", 100,
                            "due_date", "2020-01-01"))));
            assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
            String stageId = plan.data().at("/stages/0/id").asText();
            TestHttp.Resp p = http.send("POST", "/api/finance/payments", admin, Map.of("order_id", orderId,
                    "payment_stage_id", stageId, "payment_type", "receipt", "amount", 40, "currency_code", "CNY",
                    "payment_date", "2026-01-02"), Map.of("Idempotency-Key", "k1"));
            assertThat(p.status()).as(p.toString()).isEqualTo(201);
            assertThat(http.post("/api/finance/payments/" + p.data().get("id").asText() + "/confirm", admin,
                    Map.of()).status()).isEqualTo(200);
            TestHttp.Resp summary = http.get("/api/finance/reports/summary", admin);
            assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
            assertThat(summary.data().at("/currencies/0/received").decimalValue()).isEqualByComparingTo("40");
            assertThat(summary.data().at("/base_idr/received").decimalValue()).isEqualByComparingTo("80000");
            for (String path : List.of("/api/finance/reports/by-period?period=week",
                    "/api/finance/reports/by-period", "/api/finance/reports/by-customer",
                    "/api/finance/reports/by-sales-user", "/api/finance/reports/aging", "/api/finance/statistics",
                    "/api/finance/receivables?overdue=true", "/api/finance/payments",
                    "/api/finance/collection-tasks")) {
                TestHttp.Resp r = http.get(path, admin);
                assertThat(r.status()).as(path + " " + r).isEqualTo(200);
            }
            assertThat(http.get("/internal/stats/revenue?period=day", service).status()).isEqualTo(200);
        }
    }
}

package com.bantu.servicemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.TestHttp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Boots the service on the local profile with H2 in MySQL mode: proves the Flyway migrations (schema and seed) and
 * the JPA queries run there too, not only on MariaDB.
 */
class LocalProfileBootTest {

    @Test
    void bootsOnH2AndServesSeedData() {
        String secret = "local-" + UUID.randomUUID() + UUID.randomUUID();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ServiceManagementApplication.class)
                .profiles("local")
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:sm-" + UUID.randomUUID()
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                        "--bantu.jwt.secret=" + secret,
                        "--bantu.services.foundation.url=http://127.0.0.1:9",
                        "--bantu.services.business.url=http://127.0.0.1:9")) {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            TestHttp http = TestHttp.local(port);
            String admin = ctx.getBean(JwtService.class).issueAccess(new JwtService.Subject(UUID.randomUUID()
                    .toString(), "admin", null, List.of("ADMIN"), null)).token();
            assertThat(http.get("/health", null).status()).isEqualTo(200);
            // the OpenAPI header and bearer security come from common-lib; documents are on in the local profile
            TestHttp.Resp docs = http.get("/v3/api-docs", null);
            assertThat(docs.status()).isEqualTo(200);
            assertThat(docs.body().get("info").get("title").asText()).isEqualTo("BANTU service-management-service");
            assertThat(docs.body().get("info").get("description").asText()).startsWith("Customers, contacts");
            assertThat(docs.body().get("components").get("securitySchemes").get("bearer").get("scheme").asText())
                    .isEqualTo("bearer");
            TestHttp.Resp products = http.get("/api/service-management/products?size=100", admin);
            assertThat(products.status()).as(products.toString()).isEqualTo(200);
            assertThat(products.data().get("total").asLong()).isEqualTo(51);
            assertThat(http.get("/api/service-management/service-types", admin).data().get("total").asLong())
                    .isEqualTo(10);
            TestHttp.Resp customer = http.post("/api/service-management/customers", admin, Map.of("name", "Local"));
            assertThat(customer.status()).as(customer.toString()).isEqualTo(200);
            assertThat(http.get("/api/service-management/customers?name=Loc", admin).data().get("total").asLong())
                    .isEqualTo(1);
            String service = ctx.getBean(JwtService.class).issueServiceToken("analytics-monitoring-service").token();
            assertThat(http.get("/internal/stats/customers/trend?period=week", service).status()).isEqualTo(200);
            assertThat(http.get("/internal/stats/customers", service).data().get("total").asLong()).isEqualTo(1);
            assertThat(http.get("/internal/stats/customers", admin).status()).isEqualTo(403);
        }
    }
}

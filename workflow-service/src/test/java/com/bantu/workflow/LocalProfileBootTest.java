package com.bantu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The local profile on an H2 file (what bin/run-local.sh uses): Flyway and Flowable create their tables, an order
 * is approved through the API, and a second start on the same file finds the tables and the data again.
 */
class LocalProfileBootTest {

    private static ConfigurableApplicationContext boot(Path dir, String secret) {
        return new SpringApplicationBuilder(WorkflowApplication.class).profiles("local")
                .run("--server.port=0", "--bantu.jwt.secret=" + secret, "--BANTU_DATA_DIR=" + dir,
                        "--bantu.services.business.url=http://127.0.0.1:9");
    }

    @Test
    void bootsTwiceOnTheSameH2File() throws Exception {
        Path dir = Files.createTempDirectory("workflow-local");
        String secret = "local-" + UUID.randomUUID() + UUID.randomUUID();
        String instanceId;
        try (ConfigurableApplicationContext ctx = boot(dir, secret)) {
            TestHttp http = TestHttp.local(Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port")));
            String service = ctx.getBean(JwtService.class).issueServiceToken("business-service").token();
            TestHttp.Resp r = http.post("/internal/instances", service, Map.of("definition_code", "order_approval",
                    "business_type", "order", "business_id", UUID.randomUUID().toString(), "variables",
                    Map.of("order_number", "ORD-L", "final_amount", new BigDecimal("200000000"), "currency_code",
                            "IDR")));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            instanceId = r.data().get("id").asText();
        }
        try (ConfigurableApplicationContext ctx = boot(dir, secret)) {
            TestHttp http = TestHttp.local(Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port")));
            JwtService jwt = ctx.getBean(JwtService.class);
            String admin = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(UUID.randomUUID().toString(), "a", null,
                    List.of("ADMIN"), null))).token();
            String finance = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(UUID.randomUUID().toString(), "f", null,
                    List.of("FINANCE"), null))).token();
            assertThat(http.get("/health", null).status()).isEqualTo(200);
            String first = openTask(http, admin, instanceId);
            assertThat(http.post("/api/workflow/tasks/" + first + "/complete", admin, Map.of("outcome", "approved"))
                    .status()).isEqualTo(200);
            String second = openTask(http, admin, instanceId);
            TestHttp.Resp done = http.post("/api/workflow/tasks/" + second + "/complete", finance,
                    Map.of("outcome", "approved"));
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
            assertThat(http.get("/api/workflow/instances/" + instanceId, admin).data().get("result").asText())
                    .isEqualTo("approved");
            assertThat(http.get("/api/workflow/definitions?code=order_approval", admin).data().get("total")
                    .asLong()).isEqualTo(1);
        }
    }

    private static String openTask(TestHttp http, String token, String instanceId) {
        TestHttp.Resp r = http.get("/api/workflow/instances/" + instanceId, token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode t : r.data().get("tasks")) {
            if (t.get("completed_at").isNull()) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no open task in " + r.data());
    }
}

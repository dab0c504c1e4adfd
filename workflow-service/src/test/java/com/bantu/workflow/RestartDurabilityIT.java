package com.bantu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp;
import com.bantu.common.test.TestInfrastructure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A running approval survives a restart: the service is started, an order submitted, the service stopped and
 * started again on the same schema; the review is still open, its due-date timer (a few seconds here) fires in
 * the new process and records the escalation, and the review can then be completed. Its own schema, so the shared
 * test context's job executor does not run these timers.
 */
class RestartDurabilityIT {

    private static final String SECRET = "restart-" + UUID.randomUUID() + UUID.randomUUID();

    private static ConfigurableApplicationContext boot() {
        List<String> args = new ArrayList<>();
        TestInfrastructure.register((name, value) -> args.add("--" + name + "=" + value.get()),
                "bantu_workflow_restart_test");
        args.addAll(List.of("--server.port=0", "--bantu.jwt.secret=" + SECRET, "--bantu.workflow.review-due=PT8S",
                "--bantu.services.business.url=http://127.0.0.1:9",
                "--flowable.async-executor-default-timer-job-acquire-wait-time=1s",
                "--flowable.async-executor-default-async-job-acquire-wait-time=1s"));
        return new SpringApplicationBuilder(WorkflowApplication.class).run(args.toArray(String[]::new));
    }

    private static TestHttp http(ConfigurableApplicationContext ctx) {
        return TestHttp.local(Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port")));
    }

    private static String token(ConfigurableApplicationContext ctx, String userId, String role) {
        return ctx.getBean(JwtService.class).issueAccess(SeededGrants.apply(new JwtService.Subject(userId, "u", null, List.of(role),
                null))).token();
    }

    @Test
    void theReviewAndItsTimerSurviveARestart() throws Exception {
        String orderId = UUID.randomUUID().toString();
        String instanceId;
        String taskId;
        try (ConfigurableApplicationContext first = boot()) {
            String service = first.getBean(JwtService.class).issueServiceToken("business-service").token();
            TestHttp.Resp r = http(first).post("/internal/instances", service, Map.of("definition_code",
                    "order_approval", "business_type", "order", "business_id", orderId, "variables",
                    Map.of("order_number", "ORD-R", "final_amount", new BigDecimal("1000"), "currency_code", "IDR",
                            "sales_user_id", UUID.randomUUID().toString())));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            instanceId = r.data().get("id").asText();
            taskId = open(http(first), token(first, UUID.randomUUID().toString(), "ADMIN"), instanceId)
                    .get("id").asText();
        }
        try (ConfigurableApplicationContext second = boot()) {
            String admin = token(second, UUID.randomUUID().toString(), "ADMIN");
            JsonNode task = open(http(second), admin, instanceId);
            assertThat(task.get("id").asText()).isEqualTo(taskId);
            assertThat(task.get("status").asText()).isEqualTo("pending");

            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            long deadline = System.currentTimeMillis() + 90_000;
            int escalations = 0;
            while (System.currentTimeMillis() < deadline) {
                escalations = jdbc.queryForObject("SELECT COUNT(*) FROM workflow_escalations WHERE "
                        + "workflow_instance_id = ?", Integer.class, instanceId);
                if (escalations > 0) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(escalations).as("the review's due-date timer fired").isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT task_code FROM workflow_escalations WHERE workflow_instance_id = ?",
                    String.class, instanceId)).isEqualTo("review_order");
            assertThat(jdbc.queryForList("SELECT type FROM workflow_outcomes WHERE workflow_instance_id = ?",
                    String.class, instanceId)).containsExactly("approval.overdue");
            // addressed to the review's candidates (nobody claimed it), named by order
            assertThat(jdbc.queryForObject("SELECT payload FROM workflow_outcomes WHERE workflow_instance_id = ?",
                    String.class, instanceId)).contains("\"candidate_group\":\"ADMIN\"")
                    .contains("\"task_code\":\"review_order\"").contains("\"order_number\":\"ORD-R\"")
                    .contains("\"business_id\":\"" + orderId + "\"");
            // non-interrupting: the review is still open and completes normally
            TestHttp.Resp done = http(second).post("/api/workflow/tasks/" + taskId + "/complete", admin,
                    Map.of("outcome", "approved"));
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
            JsonNode inst = http(second).get("/api/workflow/instances/" + instanceId, admin).data();
            assertThat(inst.get("result").asText()).isEqualTo("approved");
        }
    }

    private static JsonNode open(TestHttp http, String token, String instanceId) {
        TestHttp.Resp r = http.get("/api/workflow/instances/" + instanceId, token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode t : r.data().get("tasks")) {
            if (t.get("completed_at").isNull() && !"cancelled".equals(t.get("status").asText())) {
                return t;
            }
        }
        throw new AssertionError("no open task in " + r.data());
    }
}

package com.bantu.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.workflow.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every write of this service through {@code /api} becomes an audit record (common-lib's AuditFilter) stored in the
 * outbox and delivered as event {@code audit.recorded}; here the consumer is a local HTTP server standing in for
 * foundation. Calls of other services on {@code /internal} are not audited.
 */
class AuditIT extends IntegrationTestBase {

    private int outboxRows(Resp response) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?",
                Integer.class, "%" + response.header("x-request-id") + "%");
    }

    @Test
    void taskDecisionsAreRecordedWithTheirAuthor() {
        String instanceId = startOrder(uuid(), "1000", "IDR", uuid()).get("id").asText();
        JsonNode task = openTask(instanceId);
        String taskId = task.get("id").asText();

        String salesId = uuid();
        Resp refused = http.post("/api/workflow/tasks/" + taskId + "/assign", token(salesId, "SALES"),
                map("assignee_id", salesId));
        assertThat(refused.status()).isEqualTo(403);
        JsonNode failed = AUDIT.delivered(refused);
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("user_id").asText()).isEqualTo(salesId);
        assertThat(failed.path("service").asText()).isEqualTo("workflow-service");

        String adminId = uuid();
        Resp done = complete(taskId, token(adminId, "ADMIN"), "approved", "fine");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonNode record = AUDIT.delivered(done);
        assertThat(outboxRows(done)).as("stored in the outbox").isEqualTo(1);
        assertThat(record.path("action").asText()).isEqualTo("UPDATE");
        assertThat(record.path("resource_id").asText()).isEqualTo(taskId);
        assertThat(record.path("user_id").asText()).isEqualTo(adminId);
        assertThat(record.path("category").asText()).isEqualTo("workflow_management");
        assertThat(record.path("status").asText()).isEqualTo("success");
        assertThat(record.path("request_params").path("outcome").asText()).isEqualTo("approved");
        // the task's changed fields before and after the decision
        assertThat(record.path("old_values").path("status").asText()).isEqualTo(task.path("status").asText());
        assertThat(record.path("new_values").path("status").asText()).isEqualTo(done.data().path("status").asText())
                .isNotEqualTo(task.path("status").asText());
        assertThat(record.path("old_values").path("outcome").isNull()).isTrue();
        assertThat(record.path("new_values").path("outcome").asText()).isEqualTo("approved");
        assertThat(record.path("new_values").has("task_name")).as("only changed fields").isFalse();
    }
}

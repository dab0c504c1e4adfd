package com.bantu.finance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.IntegrationTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * finance-service's writes become audit records (common-lib's AuditFilter) delivered from its outbox as event
 * {@code audit.recorded} (here to a real local HTTP server standing in for foundation).
 */
class AuditIT extends IntegrationTestBase {

    @Test
    void planPaymentConfirmAndARefusedCancelAreRecorded() {
        String orderId = order(uuid(), "IDR", "1000.00", null);
        Resp planned = http.post("/api/finance/orders/" + orderId + "/receivables", finance(),
                map("stages", List.of(stage(1, "1000.00", "2026-03-01"))));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        JsonNode plan = AUDIT.delivered(planned);
        assertThat(plan.path("action").asText()).isEqualTo("CREATE");
        assertThat(plan.path("resource_type").asText()).isEqualTo("order_receivable");
        assertThat(plan.path("category").asText()).isEqualTo("finance_management");
        assertThat(plan.path("service").asText()).isEqualTo("finance-service");
        // the plan as it was (none) and as it is now
        assertThat(plan.path("new_values").path("stages")).hasSize(1);
        assertThat(plan.path("old_values").path("stages")).isEmpty();

        String stageId = planned.data().path("stages").get(0).path("id").asText();
        Resp created = pay(finance(), uuid(), receipt(orderId, stageId, "400.00", "IDR"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String paymentId = created.data().path("id").asText();
        JsonNode create = AUDIT.delivered(created);
        assertThat(create.path("action").asText()).isEqualTo("CREATE");
        assertThat(create.path("resource_type").asText()).isEqualTo("payment");
        assertThat(create.path("resource_id").asText()).isEqualTo(paymentId);
        assertThat(create.path("request_params").has("amount")).isTrue();
        // a create carries the created fields (after only)
        assertThat(create.path("new_values").path("id").asText()).isEqualTo(paymentId);
        assertThat(create.path("new_values").path("status").asText())
                .isEqualTo(created.data().path("status").asText());
        assertThat(create.path("old_values").isMissingNode() || create.path("old_values").isNull()).isTrue();

        Resp confirmed = http.post("/api/finance/payments/" + paymentId + "/confirm", finance(), map());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        JsonNode confirm = AUDIT.delivered(confirmed);
        assertThat(confirm.path("action").asText()).isEqualTo("UPDATE");
        assertThat(confirm.path("resource_id").asText()).isEqualTo(paymentId);
        // the changed fields before and after the confirmation
        assertThat(confirm.path("old_values").path("status").asText())
                .isEqualTo(created.data().path("status").asText());
        assertThat(confirm.path("new_values").path("status").asText())
                .isEqualTo(confirmed.data().path("status").asText())
                .isNotEqualTo(created.data().path("status").asText());
        assertThat(confirm.path("new_values").has("amount")).as("only changed fields").isFalse();

        Resp refused = http.post("/api/finance/payments/" + paymentId + "/cancel", finance(), map("reason", "x"));
        assertThat(refused.status()).isEqualTo(409);
        JsonNode failed = AUDIT.delivered(refused);
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("error_message").asText()).isEqualTo(refused.message());
    }
}

package com.bantu.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.finance.IntegrationTestBase;
import com.bantu.finance.internal.BusinessEvents.OrderCancelledV1;
import com.bantu.finance.internal.BusinessEvents.OrderCompletedV1;
import com.bantu.finance.internal.BusinessEvents.OrderFactsV1;
import com.bantu.finance.internal.BusinessEvents.OrderStageCompletedV1;
import com.bantu.finance.internal.BusinessEvents.PlanHandedOverV1;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finance consumes exactly what business-service produces: the shared payload examples in {@code docs/events/}
 * (business-service's {@code EventPayloadContractTest} checks its records serialise to the same files) carry every
 * field finance's records read, and delivered as they are (with a fresh order id) they have their effect here.
 */
class BusinessEventContractIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyFieldFinanceReadsIsInWhatBusinessSends() throws Exception {
        reads(OrderFactsV1.class, payload("order.submitted"));
        reads(PlanHandedOverV1.class, payload("order.plan_handed_over"));
        reads(PlanHandedOverV1.Stage.class, payload("order.plan_handed_over").get("stages").get(0));
        reads(OrderCompletedV1.class, payload("order.completed"));
        reads(OrderStageCompletedV1.class, payload("stage.completed"));
        reads(OrderCancelledV1.class, payload("order.cancelled"));
    }

    @Test
    void theProducedPayloadsHaveTheirEffect() throws Exception {
        String orderId = uuid();
        deliver("order.submitted", orderId);
        assertThat(jdbc.queryForMap("SELECT currency_code, final_amount, customer_name, sales_user_id "
                + "FROM finance_orders WHERE id = ?", orderId)).containsEntry("currency_code", "CNY")
                .containsEntry("customer_name", "PT Contoh Jaya")
                .containsEntry("sales_user_id", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        deliver("order.plan_handed_over", orderId);
        assertThat(jdbc.queryForList("SELECT CONCAT(stage_number, ' ', amount, ' ', payment_trigger, ' ', "
                + "COALESCE(due_date, '-')) FROM payment_stages WHERE order_id = ? ORDER BY stage_number",
                String.class, orderId)).containsExactly("1 5000.00 date 2026-03-15", "2 10000.00 completion -");
        deliver("stage.completed", orderId);
        deliver("order.completed", orderId);
        assertThat(jdbc.queryForObject("SELECT due_date FROM payment_stages WHERE order_id = ? AND stage_number = 2",
                LocalDate.class, orderId)).isAfter(LocalDate.of(2026, 4, 20));
        deliver("order.cancelled", orderId);
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM payment_stages WHERE order_id = ?", String.class,
                orderId)).containsExactly("cancelled");
    }

    private JsonNode payload(String type) throws Exception {
        return json.readTree(Files.readString(Path.of("..", "docs", "events", type + ".json")));
    }

    private static void reads(Class<?> record, JsonNode sent) {
        for (RecordComponent c : record.getRecordComponents()) {
            String field = c.getName().replaceAll("([A-Z])", "_$1").toLowerCase();
            assertThat(sent.has(field)).as(record.getSimpleName() + " reads " + field + ", which business sends")
                    .isTrue();
        }
    }

    private void deliver(String type, String orderId) throws Exception {
        ObjectNode p = (ObjectNode) payload(type);
        p.put("order_id", orderId);
        Map<String, Object> body = json.convertValue(p, Map.class);
        TestHttp.Resp r = event(uuid(), type, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("outcome").asText()).as(type).isEqualTo("processed");
    }
}

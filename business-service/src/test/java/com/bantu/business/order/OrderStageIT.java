package com.bantu.business.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderStageIT extends IntegrationTestBase {

    @Test
    void stagesDriveTheOrderFromAssignedToCompleted() throws Exception {
        User sales = user("SALES");
        User op = user("OPERATION");
        String id = order(sales).get("id").asText();
        String number = http.get(ORDERS + "/" + id, sales.token()).data().get("order_number").asText();
        String first = null;
        String second = null;
        for (String base : List.of(ORDERS, ORDERS_ALIAS)) {
            Resp s = http.post(base + "/" + id + "/stages", sales.token(), map("stage_name", "Step " + base,
                    "stage_code", base.equals(ORDERS) ? "docs" : "visa", "stage_order", base.equals(ORDERS) ? 1 : 2));
            assertThat(s.status()).as(s.toString()).isEqualTo(201);
            if (first == null) {
                first = s.data().get("id").asText();
            } else {
                second = s.data().get("id").asText();
            }
        }
        assertThat(http.post(ORDERS + "/" + id + "/stages", sales.token(), map("stage_order", 1)).fields())
                .containsExactly("stage_name");
        JsonNode list = http.get(ORDERS_ALIAS + "/" + id + "/stages", sales.token()).data();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("stage_code").asText()).isEqualTo("docs");
        // stages move only once the order is assigned
        assertThat(http.put(ORDERS + "/" + id + "/stages/" + first, sales.token(), map("status", "in_progress"))
                .status()).isEqualTo(409);
        approve(id);
        http.post(ORDERS + "/" + id + "/assign", admin(), map("assigned_to_user_id", op.id()));
        Resp started = http.put(ORDERS + "/" + id + "/stages/" + first, op.token(), map("status", "in_progress",
                "progress_percent", 40));
        assertThat(started.data().get("started_at").isNull()).isFalse();
        assertThat(started.data().get("progress_percent").asInt()).isEqualTo(40);
        JsonNode o = http.get(ORDERS + "/" + id, op.token()).data();
        assertThat(o.get("status_code").asText()).isEqualTo("processing");
        assertThat(o.get("actual_start_date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(http.put(ORDERS + "/" + id + "/stages/" + second, op.token(), map("status", "completed")).status())
                .as("pending → completed skips in_progress").isEqualTo(409);
        assertThat(http.put(ORDERS + "/" + id + "/stages/" + first, op.token(), map("progress_percent", 101))
                .fields()).containsExactly("progress_percent");
        Resp done = http.put(ORDERS_ALIAS + "/" + id + "/stages/" + first, op.token(), map("status", "completed"));
        assertThat(done.data().get("progress_percent").asInt()).isEqualTo(100);
        assertThat(http.get(ORDERS + "/" + id, op.token()).data().get("status_code").asText())
                .as("a stage is still open").isEqualTo("processing");
        http.put(ORDERS + "/" + id + "/stages/" + second, op.token(), map("status", "cancelled"));
        JsonNode completed = http.get(ORDERS + "/" + id, op.token()).data();
        assertThat(completed.get("status_code").asText()).isEqualTo("completed");
        assertThat(completed.get("actual_completion_date").asText()).isEqualTo(LocalDate.now().toString());
        // stage.completed reached finance (the stub), with the stage code for milestone payments
        JsonNode event = null;
        for (int i = 0; i < 100 && event == null; i++) {
            event = DOWNSTREAM.events("stage.completed").stream()
                    .filter(p -> id.equals(p.path("order_id").asString())).findFirst().orElse(null);
            if (event == null) {
                Thread.sleep(100);
            }
        }
        assertThat(event).isNotNull();
        assertThat(event.get("stage_code").asText()).isEqualTo("docs");
        assertThat(event.get("order_number").asText()).isEqualTo(number);
        assertThat(http.get(ORDERS + "/" + id + "/stages", user("SALES").token()).status()).isEqualTo(404);
        assertThat(http.post(ORDERS + "/" + id + "/stages", sales.token(), map("stage_name", "late", "stage_order", 3))
                .status()).isEqualTo(409);
    }

    @Test
    void anOrderAssignedWithoutStagesGetsTheTemplateStages() {
        User sales = user("SALES");
        User op = user("OPERATION");
        String id = order(sales).get("id").asText();
        approve(id);
        Resp assigned = http.post(ORDERS + "/" + id + "/assign", admin(), map("assigned_to_user_id", op.id()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        JsonNode stages = http.get(ORDERS + "/" + id + "/stages", op.token()).data();
        assertThat(stages).hasSize(4);
        assertThat(stages.get(0).get("stage_code").asText()).isEqualTo("document_collection");
        assertThat(stages.get(3).get("stage_code").asText()).isEqualTo("delivery");
        stages.forEach(st -> {
            assertThat(st.get("status").asText()).isEqualTo("pending");
            assertThat(st.get("assigned_to_user_id").asText()).isEqualTo(op.id());
        });
        // re-assigning keeps the stages it has
        User op2 = user("OPERATION");
        http.post(ORDERS + "/" + id + "/assign", admin(), map("assigned_to_user_id", op2.id()));
        assertThat(http.get(ORDERS + "/" + id + "/stages", op2.token()).data()).hasSize(4);
    }
}

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
        JsonNode audited = AUDIT.delivered(started);
        assertThat(audited.path("old_values").path("status").asText()).isEqualTo("pending");
        assertThat(audited.path("new_values").path("status").asText()).isEqualTo("in_progress");
        assertThat(audited.path("new_values").path("progress_percent").asInt()).isEqualTo(40);
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

    private static final String TEMPLATES = "/api/business/order-stage-templates";

    private String approvedOrderWithServiceTypes(User sales, String... serviceTypes) {
        List<java.util.Map<String, Object>> items = new java.util.ArrayList<>();
        for (String type : serviceTypes) {
            java.util.Map<String, Object> i = item(1, 100, 0);
            i.put("service_type_id", type);
            items.add(i);
        }
        items.add(item(1, 50, 0));
        String id = order(sales, customer("PT Template"), items).get("id").asText();
        approve(id);
        return id;
    }

    private List<String> stageCodesAfterAssign(String orderId, User op, Object... extra) {
        java.util.Map<String, Object> body = map(extra);
        body.put("assigned_to_user_id", op.id());
        Resp r = http.post(ORDERS + "/" + orderId + "/assign", admin(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> codes = new java.util.ArrayList<>();
        http.get(ORDERS + "/" + orderId + "/stages", op.token()).data()
                .forEach(st -> codes.add(st.get("stage_code").asText()));
        return codes;
    }

    @Test
    void stageTemplatesAreChosenByServiceTypeWithTheDefaultAsFallback() {
        User sales = user("SALES");
        User op = user("OPERATION");
        String visaType = uuid();
        String kitasType = uuid();
        String unbound = uuid();
        String visa = unique("visa_").toLowerCase();
        String kitas = unique("kitas-").toLowerCase();
        // reads for every role under both prefixes, the seeded default among them
        for (String base : List.of(TEMPLATES, "/api/order-workflow/order-stage-templates")) {
            Resp list = http.get(base, op.token());
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            JsonNode def = null;
            for (JsonNode t : list.data()) {
                if ("default".equals(t.get("template_code").asText())) {
                    def = t;
                }
            }
            assertThat(def).isNotNull();
            assertThat(def.get("stages")).hasSize(4);
        }
        // writes: ADMIN only, validated
        Object stages = List.of(map("stage_code", "docs", "stage_name", "资料", "stage_order", 1),
                map("stage_code", "visa_issued", "stage_name", "签证签发", "stage_order", 2));
        assertThat(http.put(TEMPLATES + "/" + visa, sales.token(), map("stages", stages)).status()).isEqualTo(403);
        assertThat(http.put(TEMPLATES + "/" + visa, admin(), map("stages", List.of())).fields())
                .containsExactly("stages");
        assertThat(http.put(TEMPLATES + "/BAD", admin(), map("stages", stages)).fields())
                .containsExactly("template_code");
        assertThat(http.put(TEMPLATES + "/" + visa, admin(), map("stages", List.of(
                map("stage_code", "a", "stage_name", "A", "stage_order", 1),
                map("stage_code", "a", "stage_name", "B", "stage_order", 2)))).fields())
                .containsExactly("stages[1].stage_code");
        assertThat(http.put(TEMPLATES + "/" + visa, admin(), map("stages", List.of(
                map("stage_code", "a", "stage_order", 1)))).fields()).containsExactly("stages[0].stage_name");
        assertThat(http.put(TEMPLATES + "/default", admin(), map("stages", stages, "service_type_ids",
                List.of(visaType))).fields()).containsExactly("service_type_ids");
        Resp saved = http.put(TEMPLATES + "/" + visa, admin(), map("stages", stages, "service_type_ids",
                List.of(visaType)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.data().get("service_type_ids").get(0).asText()).isEqualTo(visaType);
        assertThat(saved.data().get("stages")).hasSize(2);
        assertThat(http.put("/api/order-workflow/order-stage-templates/" + kitas, admin(), map("stages",
                List.of(map("stage_code", "kitas", "stage_name", "KITAS", "stage_order", 1)), "service_type_ids",
                List.of(kitasType))).status()).isEqualTo(200);
        // replacing a template's stages keeps no old rows
        assertThat(http.put(TEMPLATES + "/" + visa, admin(), map("stages", stages)).data().get("stages"))
                .hasSize(2);

        // the order's service type picks the template; the first item (by number) with a template wins
        assertThat(stageCodesAfterAssign(approvedOrderWithServiceTypes(sales, visaType), op))
                .containsExactly("docs", "visa_issued");
        assertThat(stageCodesAfterAssign(approvedOrderWithServiceTypes(sales, unbound, kitasType, visaType), op))
                .containsExactly("kitas");
        // no template for the service type, or none at all: default
        assertThat(stageCodesAfterAssign(approvedOrderWithServiceTypes(sales, unbound), op))
                .containsExactly("document_collection", "application_submitted", "processing", "delivery");
        assertThat(stageCodesAfterAssign(approvedOrderWithServiceTypes(sales), op)).hasSize(4);
        // a template the assignment names wins; an unknown one is 400 and nothing changes
        String chosen = approvedOrderWithServiceTypes(sales, visaType);
        Resp unknown = http.post(ORDERS_ALIAS + "/" + chosen + "/assign", admin(), map("assigned_to_user_id", op.id(),
                "stage_template", "no-such-template"));
        assertThat(unknown.fields()).containsExactly("stage_template");
        assertThat(http.get(ORDERS + "/" + chosen, admin()).data().get("status_code").asText()).isEqualTo("approved");
        assertThat(http.get(ORDERS + "/" + chosen + "/stages", admin()).data()).isEmpty();
        assertThat(stageCodesAfterAssign(chosen, op, "stage_template", kitas)).containsExactly("kitas");
        // a service type moved to another template; a deleted template falls back to default
        assertThat(http.put(TEMPLATES + "/" + kitas, admin(), map("stages",
                List.of(map("stage_code", "kitas", "stage_name", "KITAS", "stage_order", 1)), "service_type_ids",
                List.of(kitasType, visaType))).data().get("service_type_ids")).hasSize(2);
        assertThat(http.get(TEMPLATES + "/" + visa, admin()).data().get("service_type_ids")).isEmpty();
        assertThat(stageCodesAfterAssign(approvedOrderWithServiceTypes(sales, visaType), op))
                .containsExactly("kitas");
        assertThat(http.delete(TEMPLATES + "/" + kitas, sales.token()).status()).isEqualTo(403);
        assertThat(http.delete(TEMPLATES + "/" + kitas, admin()).status()).isEqualTo(200);
        assertThat(http.get(TEMPLATES + "/" + kitas, admin()).status()).isEqualTo(404);
        assertThat(http.delete(TEMPLATES + "/" + kitas, admin()).status()).isEqualTo(404);
        assertThat(http.delete(TEMPLATES + "/default", admin()).status()).isEqualTo(409);
        assertThat(stageCodesAfterAssign(approvedOrderWithServiceTypes(sales, kitasType), op)).hasSize(4);
        http.delete(TEMPLATES + "/" + visa, admin());
    }
}

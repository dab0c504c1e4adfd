package com.bantu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Definitions: the start-up deployment, deploying versions (JSON and multipart), suspending, and versioning. */
class DefinitionIT extends IntegrationTestBase {

    static String bpmn(String code, String taskName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://bantu.sbs/test">
                  <process id="%s" name="probe" isExecutable="true">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="check"/>
                    <userTask id="check" name="%s" flowable:candidateGroups="ADMIN"/>
                    <sequenceFlow id="f2" sourceRef="check" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """.formatted(code, taskName);
    }

    @Test
    void orderApprovalIsDeployedAtStartUp() {
        TestHttp.Resp list = http.get("/api/workflow/definitions?code=order_approval", token(uuid(), "SALES"));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.data().get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode d = list.data().get("items").get(0);
        assertThat(d.get("code").asText()).isEqualTo("order_approval");
        assertThat(d.get("name_zh").asText()).isEqualTo("订单审批流程");
        assertThat(d.get("name_id").asText()).isEqualTo("Proses Persetujuan Pesanan");
        assertThat(d.get("is_active").asBoolean()).isTrue();
        // the BPMN is for ADMIN only
        assertThat(http.get("/api/workflow/definitions/order_approval", token(uuid(), "SALES")).data()
                .get("bpmn_xml").isNull()).isTrue();
        TestHttp.Resp detail = http.get("/api/workflow/definitions/order_approval?lang=id", admin());
        assertThat(detail.data().get("bpmn_xml").asText()).contains("review_finance");
        assertThat(detail.data().get("name").asText()).isEqualTo("Proses Persetujuan Pesanan");
        assertThat(http.get("/api/workflow/definitions/nope", admin()).status()).isEqualTo(404);
    }

    @Test
    void aNewVersionAffectsOnlyNewInstances() {
        String code = "probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestHttp.Resp v1 = deploy(code, bpmn(code, "first check"));
        assertThat(v1.status()).as(v1.toString()).isEqualTo(200);
        assertThat(v1.data().get("version").asInt()).isEqualTo(1);
        String old = start(code).get("id").asText();

        TestHttp.Resp v2 = deploy(code, bpmn(code, "second check"));
        assertThat(v2.status()).as(v2.toString()).isEqualTo(200);
        assertThat(v2.data().get("version").asInt()).isEqualTo(2);
        // the same BPMN again deploys nothing new
        assertThat(deploy(code, bpmn(code, "second check")).data().get("version").asInt()).isEqualTo(2);
        String fresh = start(code).get("id").asText();

        JsonNode oldInst = instance(old);
        JsonNode freshInst = instance(fresh);
        assertThat(oldInst.get("workflow_definition_id").asText()).isEqualTo(v1.data().get("id").asText());
        assertThat(oldInst.get("tasks").get(0).get("task_name").asText()).isEqualTo("first check");
        assertThat(freshInst.get("workflow_definition_id").asText()).isEqualTo(v2.data().get("id").asText());
        assertThat(freshInst.get("tasks").get(0).get("task_name").asText()).isEqualTo("second check");
        // the old instance still completes on its own version
        assertThat(complete(oldInst.get("tasks").get(0).get("id").asText(), admin(), "approved", null).status())
                .isEqualTo(200);
        assertThat(instance(old).get("status").asText()).isEqualTo("completed");

        // suspending the newest version stops new instances; running ones continue
        String v2id = v2.data().get("id").asText();
        TestHttp.Resp off = http.put("/api/workflow/definitions/" + v2id, admin(), map("is_active", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.data().get("is_active").asBoolean()).isFalse();
        TestHttp.Resp refused = http.post("/api/workflow/instances", admin(), map("definition_code", code,
                "business_type", "probe", "business_id", uuid()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        // a second running instance for one business object is a conflict on the public API
        String businessId = uuid();
        TestHttp.Resp on0 = http.put("/api/workflow/definitions/" + v2.data().get("id").asText(), admin(),
                map("is_active", true));
        assertThat(on0.status()).isEqualTo(200);
        assertThat(http.post("/api/workflow/instances", token(uuid(), "SALES"), map("definition_code", code,
                "business_type", "probe", "business_id", businessId)).status()).isEqualTo(200);
        assertThat(http.post("/api/workflow/instances", token(uuid(), "SALES"), map("definition_code", code,
                "business_type", "probe", "business_id", businessId)).status()).isEqualTo(409);
        assertThat(http.put("/api/workflow/definitions/" + v2.data().get("id").asText(), admin(),
                map("is_active", false)).status()).isEqualTo(200);
        assertThat(complete(freshInst.get("tasks").get(0).get("id").asText(), admin(), "approved", null).status())
                .isEqualTo(200);
        assertThat(http.get("/api/workflow/definitions?code=" + code + "&is_active=false", admin()).data()
                .get("total").asLong()).isEqualTo(1);
        TestHttp.Resp on = http.put("/api/workflow/definitions/" + v2id, admin(), map("is_active", true,
                "name_id", "Probe"));
        assertThat(on.data().get("is_active").asBoolean()).isTrue();
        assertThat(on.data().get("name_id").asText()).isEqualTo("Probe");
        assertThat(start(code).get("workflow_definition_id").asText()).isEqualTo(v2id);
    }

    @Test
    void deployingValidatesAndIsForAdmin() {
        String code = "probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(http.post("/api/workflow/definitions", token(uuid(), "SALES"), body(code, bpmn(code, "x")))
                .status()).isEqualTo(403);
        TestHttp.Resp garbage = deploy(code, "<not-bpmn/>");
        assertThat(garbage.status()).as(garbage.toString()).isEqualTo(400);
        assertThat(garbage.fields()).containsExactly("bpmn_xml");
        TestHttp.Resp otherId = deploy(code, bpmn("other_" + code, "x"));
        assertThat(otherId.status()).as(otherId.toString()).isEqualTo(400);
        assertThat(http.get("/api/workflow/definitions?code=other_" + code, admin()).data().get("total").asLong())
                .isZero();
        TestHttp.Resp missing = http.post("/api/workflow/definitions", admin(), map("code", "Bad Code"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fields()).contains("code", "name_zh", "name_id", "workflow_type", "bpmn_xml");
    }

    @Test
    void deploysAnUploadedFile() throws Exception {
        String code = "probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String boundary = "----bantu" + UUID.randomUUID();
        StringBuilder b = new StringBuilder();
        for (String[] f : new String[][] {{"code", code}, {"name_zh", "探针"}, {"name_id", "Probe"},
                {"workflow_type", "probe"}}) {
            b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(f[0])
                    .append("\"\r\n\r\n").append(f[1]).append("\r\n");
        }
        b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(code).append(".bpmn20.xml\"\r\nContent-Type: application/xml\r\n\r\n")
                .append(bpmn(code, "uploaded")).append("\r\n--").append(boundary).append("--\r\n");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/workflow/definitions"))
                .header("Authorization", "Bearer " + admin())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(b.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode data = JsonMapper.builder().build().readTree(r.body()).get("data");
        assertThat(data.get("code").asText()).isEqualTo(code);
        assertThat(data.get("name_zh").asText()).isEqualTo("探针");
        assertThat(data.get("workflow_type").asText()).isEqualTo("probe");
    }

    private java.util.Map<String, Object> body(String code, String xml) {
        return map("code", code, "name_zh", "探针", "name_id", "Probe", "workflow_type", "probe", "bpmn_xml", xml);
    }

    private TestHttp.Resp deploy(String code, String xml) {
        return http.post("/api/workflow/definitions", admin(), body(code, xml));
    }

    private JsonNode start(String code) {
        TestHttp.Resp r = http.post("/api/workflow/instances", admin(), map("definition_code", code,
                "business_type", "probe", "business_id", uuid()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }
}

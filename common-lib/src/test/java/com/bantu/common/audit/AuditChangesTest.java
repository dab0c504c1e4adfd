package com.bantu.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditChangesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode tree(String text) {
        return json.readTree(text);
    }

    @Test
    void onlyChangedTopLevelFieldsBeforeAndAfter() {
        List<Map<String, Object>> d = AuditChanges.diff(
                tree("{\"id\":\"1\",\"name\":\"A\",\"phone\":null,\"tags\":[\"x\"],\"updated_at\":\"t1\",\"gone\":1}"),
                tree("{\"id\":\"1\",\"name\":\"B\",\"phone\":\"123\",\"tags\":[\"x\"],\"updated_at\":\"t2\"}"), json);
        assertThat(d.get(0)).containsOnlyKeys("name", "phone", "gone").containsEntry("name", "A")
                .containsEntry("phone", null).containsEntry("gone", 1);
        assertThat(d.get(1)).containsOnlyKeys("name", "phone", "gone").containsEntry("name", "B")
                .containsEntry("phone", "123").containsEntry("gone", null);
    }

    @Test
    void nestedChangesAreOneFieldAndNothingChangedIsNull() {
        List<Map<String, Object>> d = AuditChanges.diff(tree("{\"roles\":[{\"code\":\"SALES\"}]}"),
                tree("{\"roles\":[{\"code\":\"ADMIN\"}]}"), json);
        assertThat(d.get(0)).containsOnlyKeys("roles");
        assertThat(AuditChanges.diff(tree("{\"a\":1,\"b\":null}"), tree("{\"a\":1}"), json)).isNull();
        assertThat(AuditChanges.diff(tree("[1]"), tree("{\"a\":1}"), json)).isNull();
    }

    @Test
    void secretsAreRedactedInTheRecord() {
        List<Map<String, Object>> d = AuditChanges.diff(tree("{\"api_token\":\"old-secret\"}"),
                tree("{\"api_token\":\"new-secret\"}"), json);
        AuditEvent e = AuditEvent.of(null, "UPDATE", "user", "1").withChanges(d.get(0), d.get(1));
        assertThat(e.oldValues()).containsEntry("api_token", AuditEvent.REDACTED);
        assertThat(e.newValues()).containsEntry("api_token", AuditEvent.REDACTED);
    }

    @Test
    void createRecordsTheCreatedFieldsAndDeleteTheRemovedOnes() {
        JsonNode record = tree("{\"id\":\"7\",\"name\":\"A\",\"phone\":null,\"updated_at\":\"t\",\"password\":\"p\"}");
        List<Map<String, Object>> create = AuditChanges.values("CREATE", null, record, json);
        assertThat(create.get(0)).isNull();
        assertThat(create.get(1)).containsOnlyKeys("id", "name", "password").containsEntry("name", "A");
        assertThat(AuditEvent.of(null, "CREATE", "t", "7").withChanges(create.get(0), create.get(1)).newValues())
                .containsEntry("password", AuditEvent.REDACTED);

        List<Map<String, Object>> delete = AuditChanges.values("DELETE", record, null, json);
        assertThat(delete.get(0)).containsOnlyKeys("id", "name", "password");
        assertThat(delete.get(1)).isNull();

        List<Map<String, Object>> update = AuditChanges.values("UPDATE", record, tree("{\"id\":\"7\",\"name\":\"B\"}"),
                json);
        assertThat(update.get(0)).containsOnlyKeys("name", "password");
        assertThat(update.get(1)).containsEntry("name", "B");

        assertThat(AuditChanges.values("UPDATE", null, record, json)).as("no before-state named").isNull();
        assertThat(AuditChanges.values("DELETE", null, null, json)).isNull();
        assertThat(AuditChanges.values("CREATE", null, tree("[1]"), json)).isNull();
    }

    @Test
    void longValuesKeepTheirPlainFields() {
        String big = "x".repeat(AuditChanges.MAX_VALUES_CHARS);
        List<Map<String, Object>> create = AuditChanges.values("CREATE", null,
                tree("{\"id\":\"7\",\"name\":\"A\",\"items\":[\"" + big + "\"]}"), json);
        assertThat(create.get(1)).containsOnlyKeys("id", "name", "truncated").containsEntry("truncated", true);
    }
}

package com.bantu.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The id and name of an answer read without a JSON tree are what the tree of the same answer has. */
class AuditFilterFieldsTest {

    record Item(String productName, int quantity) {
    }

    record Order(String id, String orderNumber, String title, List<Item> orderItems) {
    }

    record Person(UUID id, String displayName, String email, Map<String, Object> extra) {
    }

    record Numbered(long id, Boolean name) {
    }

    record Hidden(@JsonIgnore String id, @JsonProperty("username") String login) {
    }

    static class Bean {
        private final String key = "b-1";

        @JsonProperty("id")
        public String getKey() {
            return key;
        }

        public String getName() {
            return null;
        }

        public Status getTitle() {
            return Status.OPEN;
        }
    }

    enum Status {
        OPEN;

        @JsonValue
        String code() {
            return "open-code";
        }
    }

    record Wrapped(@JsonValue Map<String, Object> values) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private final AuditFilter filter = new AuditFilter(event -> { }, JSON, false, List.of(), "test-service",
            new SimpleMeterRegistry().counter("failures"));

    @Test
    void fieldsMatchTheTreeOfTheSameAnswer() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", "m-1");
        map.put("name", "Map name");
        map.put("nested", Map.of("title", "not top level"));
        List<Object> answers = List.of(
                new Order("o-1", "ORD-1", "Visa order", List.of(new Item("Visa", 2), new Item("KITAS", 1))),
                new Person(UUID.fromString("7f0c9b7e-2a51-4cf2-9d55-5c1a2f6e0d11"), "Ann B", "ann@example.com",
                        Map.of("name", "nested")),
                new Numbered(42, true),
                new Hidden("secret-id", "ann"),
                new Bean(),
                new Wrapped(Map.of("id", "w-1", "title", "Wrapped")),
                map,
                List.of(Map.of("id", "l-1")));
        for (Object answer : answers) {
            assertThat(filter.topLevelFields(answer)).as(answer.getClass().getSimpleName())
                    .isEqualTo(AuditFilter.fieldsOf(JSON.valueToTree(answer)));
        }
        assertThat(filter.topLevelFields(answers.get(0)))
                .isEqualTo(Map.of("id", "o-1", "title", "Visa order"));
        assertThat(filter.topLevelFields(answers.get(1))).containsEntry("display_name", "Ann B")
                .containsEntry("id", "7f0c9b7e-2a51-4cf2-9d55-5c1a2f6e0d11").doesNotContainKey("name");
        assertThat(filter.topLevelFields(answers.get(2))).isEqualTo(Map.of("id", "42", "name", "true"));
        assertThat(filter.topLevelFields(answers.get(3))).isEqualTo(Map.of("username", "ann"));
        assertThat(filter.topLevelFields(answers.get(4))).isEqualTo(Map.of("id", "b-1", "title", "open-code"));
        assertThat(filter.topLevelFields(answers.get(5))).isEqualTo(Map.of("id", "w-1", "title", "Wrapped"));
        assertThat(filter.topLevelFields(answers.get(7))).isEmpty();
    }
}

package com.bantu.servicemanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payloads service-management-service produces equal the shared examples in {@code docs/events/} key for key
 * (the files the consumers' tests deliver to themselves), so renaming or dropping a field here fails this build. The
 * mapper is configured as common-lib configures the services' one (snake_case names).
 */
class EventPayloadContractTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    @Test
    void customerChanged() throws Exception {
        same(CustomerChangedV1.TYPE, new CustomerChangedV1("8e6f4f0e-0b55-4d8e-9a0e-3f1b2c4d5e61", "PT Contoh Jaya",
                "CUS202603010001", "2", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", true, 3));
    }

    private static void same(String type, Object event) throws Exception {
        JsonNode expected = JSON.readTree(Files.readString(Path.of("..", "docs", "events", type + ".json")));
        JsonNode produced = JSON.readTree(JSON.writeValueAsString(event));
        assertThat(produced).as(type).isEqualTo(expected);
    }
}

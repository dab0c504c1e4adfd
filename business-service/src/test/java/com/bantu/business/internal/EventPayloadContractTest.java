package com.bantu.business.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payloads business-service produces equal the shared examples in {@code docs/events/} key for key (the files
 * the consumers' tests deliver to themselves), so renaming or dropping a field here fails this build. The mapper is
 * configured as common-lib configures the services' one (snake_case names, ISO dates).
 */
class EventPayloadContractTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final String ORDER = "5b0c7a52-3f7e-4c52-9a43-0d1f3c2a9e11";
    private static final String NUMBER = "ORD-20260301-0001";
    private static final String SALES = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @Test
    void orderSubmitted() throws Exception {
        same(OrderSubmittedV1.TYPE, new OrderSubmittedV1(ORDER, NUMBER, "Company registration",
                "8e6f4f0e-0b55-4d8e-9a0e-3f1b2c4d5e61", "PT Contoh Jaya", SALES,
                "11111111-2222-4333-8444-555555555555", new BigDecimal("15000.00"), "CNY", new BigDecimal("0.000450")));
    }

    @Test
    void planHandedOver() throws Exception {
        same(PaymentPlanHandedOverV1.TYPE, new PaymentPlanHandedOverV1(ORDER, NUMBER,
                "7c9e6679-7425-40de-944b-e07fc1f90ae7", "CNY", new BigDecimal("15000.00"), List.of(
                        new PaymentPlanHandedOverV1.Stage(1, "Deposit", new BigDecimal("5000.00"),
                                LocalDate.of(2026, 3, 15), "date"),
                        new PaymentPlanHandedOverV1.Stage(2, "Balance", new BigDecimal("10000.00"), null,
                                "completion"))));
    }

    @Test
    void orderCompleted() throws Exception {
        same(OrderCompletedV1.TYPE, new OrderCompletedV1(ORDER, NUMBER, LocalDate.of(2026, 4, 20)));
    }

    @Test
    void stageCompleted() throws Exception {
        same(StageCompletedV1.TYPE, new StageCompletedV1(ORDER, NUMBER, "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
                "documents_submitted", "Documents submitted"));
    }

    @Test
    void orderCancelled() throws Exception {
        same(OrderCancelledV1.TYPE, new OrderCancelledV1(ORDER, NUMBER, "approved", SALES));
    }

    private static void same(String type, Object event) throws Exception {
        JsonNode expected = JSON.readTree(Files.readString(Path.of("..", "docs", "events", type + ".json")));
        JsonNode produced = JSON.readTree(JSON.writeValueAsString(event));
        assertThat(produced).as(type).isEqualTo(expected);
    }
}

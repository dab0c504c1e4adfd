package com.bantu.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.audit.AuditEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The envelope {@link EventSender} posts is byte for byte the JSON of the {@link EventEnvelope} it replaces (the
 * stored payload parsed into a tree and serialised again), though no tree is built.
 */
class OutgoingEnvelopeTest {

    /** As the services' mapper names properties (snake_case). */
    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    record Submitted(String orderId, String orderNumber, String title, String customerName, BigDecimal finalAmount,
                     String currencyCode, BigDecimal exchangeRate, LocalDate due, Integer items, Boolean rush) {
    }

    private final EventSender sender = new EventSender(null, json);

    private void sameBytes(Object event) {
        String payload = json.writeValueAsString(event);
        OutgoingEvent stored = new OutgoingEvent("7f0c1c9e-2b9d-4c1e-9d55-0f0e3a4b5c6d", "order.submitted", 1,
                "business-service", Instant.parse("2026-11-30T08:15:30.123456Z"), payload, "workflow");
        String before = json.writeValueAsString(new EventEnvelope(stored.id(), stored.type(), stored.version(),
                stored.source(), stored.occurredAt(), json.readTree(stored.payload())));
        String now = json.writeValueAsString(OutgoingEnvelope.of(stored, sender.payload(stored.payload())));
        assertThat(now).isEqualTo(before);
    }

    @Test
    void anOrderEventTravelsAsTheSameBytes() {
        sameBytes(new Submitted("00000000-0000-4000-9000-000000000001", "ORD-20261130-00A1B2",
                "Visa \"KITAS\" for 王小明 \\ 2 people\n\t😀", "PT Contoh Jaya", new BigDecimal("1711.345"), "CNY",
                new BigDecimal("0.0725"), LocalDate.of(2026, 12, 24), 5, true));
        // a decimal travels as the tree wrote it (read as a double): 1711.00 as 1711.0
        sameBytes(new Submitted("id", null, "", null, new BigDecimal("1711.00"), "IDR",
                new BigDecimal("123456789012345678.123456789"), null, -7, false));
        sameBytes(new Submitted("id", null, null, null, new BigDecimal("1E+3"), "IDR", new BigDecimal("-0.000001"),
                null, Integer.MAX_VALUE, null));
    }

    @Test
    void anAuditRecordTravelsAsTheSameBytes() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "Bench 1");
        values.put("total_amount", 1711.345);
        values.put("order_items", List.of(Map.of("product_name", "Visa A", "quantity", 1), Map.of("quantity", 2)));
        values.put("notes", null);
        values.put("password", "secret");
        AuditEvent audit = new AuditEvent(null, "u1", "bench-sales", "org", "CREATE", "order", "o1", "Bench 1",
                "order_management", null, values, Map.of("lang", "zh"), "POST", "/api/order-workflow/orders", "r1",
                "127.0.0.1", "curl/8", null, AuditEvent.SUCCESS, null, 12, "business-service");
        sameBytes(audit);
        sameBytes(List.of(1, 2L << 40, "x", Map.of()));
        sameBytes("just text");
    }

    @Test
    void aPayloadThatIsNotOneJsonValueIsRefused() {
        assertThatThrownBy(() -> sender.payload("{\"a\":1} {\"b\":2}")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> sender.payload("{\"a\":")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> sender.payload("")).isInstanceOf(RuntimeException.class);
    }
}

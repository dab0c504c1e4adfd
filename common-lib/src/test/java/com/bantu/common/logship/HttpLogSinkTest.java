package com.bantu.common.logship;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.internal.InternalApiProperties;
import com.bantu.common.security.JwtProperties;
import com.bantu.common.security.JwtService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The compact batch body: what the receiver rebuilds from it ({@link LogRecord#withDefaults}) is what was sent. */
class HttpLogSinkTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final HttpLogSink sink = new HttpLogSink(new InternalApiClient("demo-service",
            new JwtService(new JwtProperties("0123456789abcdef0123456789abcdef-logsink", Duration.ofMinutes(5),
                    Duration.ofHours(1), null)), JSON,
            new InternalApiProperties(Duration.ofSeconds(1), Duration.ofSeconds(1),
                    new InternalApiProperties.CircuitBreaker(3, 4, 50, Duration.ofSeconds(30))),
            Map.<String, String>of()::get, Clock.systemUTC()), "analytics-monitoring");

    private static LogRecord record(String service, String host, Long process, String name, String file,
                                    String module, String message) {
        return new LogRecord("2026-12-01T05:00:00.123Z", "INFO", service, name, message, file, module, "list", 42,
                "http-nio-1", process, host, "req-1", "user-1", null,
                new LogRecord.ExceptionInfo("java.lang.IllegalStateException", "boom", "at x\n"),
                Map.of("tenant", "a\"b"));
    }

    private List<LogRecord> roundTrip(List<LogRecord> sent) {
        JsonNode body = JSON.readTree(sink.write(sent));
        String service = body.has("service") ? body.get("service").asString() : null;
        String host = body.has("host") ? body.get("host").asString() : null;
        Long process = body.has("process") ? body.get("process").asLong() : null;
        List<LogRecord> out = new ArrayList<>();
        for (JsonNode r : body.get("logs")) {
            out.add(JSON.treeToValue(r, LogRecord.class).withDefaults(service, host, process));
        }
        return out;
    }

    @Test
    void aBatchOfOneService_sharesItsFieldsOnce_andArrivesAsSent() {
        List<LogRecord> sent = List.of(
                record("svc", "h1", 7L, "com.bantu.x.CustomerService", "CustomerService.java", "CustomerService",
                        "one"),
                new LogRecord("2026-12-01T05:00:01Z", "WARNING", "svc", "service-calls", "two", "service-calls.java",
                        "service-calls", null, null, null, 7L, "h1", null, null, null, null, null));
        JsonNode body = JSON.readTree(sink.write(sent));
        assertThat(body.get("service").asString()).isEqualTo("svc");
        assertThat(body.get("logs").get(0).has("service")).isFalse();
        assertThat(body.get("logs").get(0).has("file")).isFalse();
        assertThat(body.get("logs").get(1).has("function")).as("null fields are left out").isFalse();
        assertThat(roundTrip(sent)).isEqualTo(sent);
    }

    @Test
    void recordsThatDisagree_orNamesNotDerivedFromTheLogger_areSentInFull() {
        List<LogRecord> sent = List.of(
                record("svc-a", "h1", 7L, "com.bantu.x.A", "A.java", "A", "one"),
                record("svc-b", "h1", 7L, "com.bantu.x.B", "Other.java", "B", "two"),
                record("svc-b", null, null, null, null, null, null));
        JsonNode body = JSON.readTree(sink.write(sent));
        assertThat(body.has("service")).isFalse();
        assertThat(body.get("logs").get(1).get("file").asString()).isEqualTo("Other.java");
        assertThat(roundTrip(sent)).isEqualTo(sent);
        assertThat(roundTrip(List.of())).isEmpty();
    }
}

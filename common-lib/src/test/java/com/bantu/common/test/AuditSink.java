package com.bantu.common.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Stands in for foundation as the consumer of a service's audit records: a {@link FakeService} acknowledging every
 * {@code POST /internal/events}. A service's tests route {@code audit.recorded} here
 * ({@link #register}) and read back what its AuditFilter delivered for a request ({@link #delivered}).
 */
public final class AuditSink {

    private final FakeService server = FakeService.start()
            .data("/internal/events", Map.of("outcome", "processed"));

    public static AuditSink start() {
        return new AuditSink();
    }

    /** The properties that send this service's audit records here (consumer name "audit"). */
    public void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("bantu.events.routes[audit.recorded]", () -> "audit");
        registry.add("bantu.services.audit.url", server::url);
    }

    /** Deliveries received so far. */
    public int deliveries() {
        return server.hits("/internal/events");
    }

    /** The audit record delivered for the request that got {@code response} (waits up to 20 s). */
    public JsonNode delivered(TestHttp.Resp response) {
        String requestId = response.header("x-request-id");
        if (requestId.isBlank()) {
            throw new AssertionError("the response has no X-Request-Id: " + response);
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            for (FakeService.Received r : server.received()) {
                JsonNode e = FakeService.JSON.readTree(r.body());
                if ("audit.recorded".equals(e.path("type").asText())
                        && requestId.equals(e.path("payload").path("request_id").asText())) {
                    return e.path("payload");
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no audit record delivered for request " + requestId);
    }
}

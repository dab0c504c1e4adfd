package com.bantu.common.logship;

import com.bantu.common.internal.InternalApiClient;
import java.util.List;
import tools.jackson.databind.ObjectWriter;

/**
 * Posts a batch to {@code POST /internal/logs} of the target service (default {@code analytics-monitoring}) with
 * common-lib's {@link InternalApiClient}: service token, connect/read timeouts and the per-target circuit breaker
 * (while it is open, batches fail at once and are dropped instead of each waiting for a timeout). The batch is written
 * straight to bytes by one writer kept for the sink's life (no intermediate string, no per-call writer set-up).
 */
public class HttpLogSink implements LogSink {

    public static final String PATH = "/internal/logs";

    private final InternalApiClient client;
    private final String target;
    private final ObjectWriter writer;

    public HttpLogSink(InternalApiClient client, String target) {
        this.client = client;
        this.target = target;
        this.writer = client.writerFor(Body.class);
    }

    /** The request body: {@code {"logs": […]}}. */
    public record Body(List<LogRecord> logs) {
    }

    @Override
    public void ship(List<LogRecord> batch) {
        client.post(target, PATH, new InternalApiClient.JsonBody(writer.writeValueAsBytes(new Body(batch))),
                Void.class);
    }
}

package com.bantu.common.logship;

import com.bantu.common.internal.InternalApiClient;
import java.util.List;
import java.util.Map;

/**
 * Posts a batch to {@code POST /internal/logs} of the target service (default {@code analytics-monitoring}) with
 * common-lib's {@link InternalApiClient}: service token, connect/read timeouts and the per-target circuit breaker
 * (while it is open, batches fail at once and are dropped instead of each waiting for a timeout).
 */
public class HttpLogSink implements LogSink {

    public static final String PATH = "/internal/logs";

    private final InternalApiClient client;
    private final String target;

    public HttpLogSink(InternalApiClient client, String target) {
        this.client = client;
        this.target = target;
    }

    @Override
    public void ship(List<LogRecord> batch) {
        client.post(target, PATH, Map.of("logs", batch), Void.class);
    }
}

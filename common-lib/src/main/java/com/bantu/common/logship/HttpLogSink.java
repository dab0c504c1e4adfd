package com.bantu.common.logship;

import com.bantu.common.internal.InternalApiClient;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Posts a batch to {@code POST /internal/logs} of the target service (default {@code analytics-monitoring}) with
 * common-lib's {@link InternalApiClient}: service token, connect/read timeouts and the per-target circuit breaker
 * (while it is open, batches fail at once and are dropped instead of each waiting for a timeout).
 *
 * <p>The body is written field by field straight to bytes, in its compact form: what every event of a batch shares
 * ({@code service}, {@code host}, {@code process}) once at the top when the events agree on it, a record's null
 * fields left out, and {@code file}/{@code module} left out when they are what the receiver derives from the logger
 * {@code name}. The receiver fills the gaps back in ({@link LogRecord#withDefaults}), so a record arrives as it was
 * built; the full form (every field in every record) is also accepted.</p>
 */
public class HttpLogSink implements LogSink {

    public static final String PATH = "/internal/logs";

    private final InternalApiClient client;
    private final String target;
    private final ObjectWriter writer;

    public HttpLogSink(InternalApiClient client, String target) {
        this.client = client;
        this.target = target;
        this.writer = client.writerFor(Object.class);
    }

    @Override
    public void ship(List<LogRecord> batch) {
        client.post(target, PATH, new InternalApiClient.JsonBody(write(batch)), Void.class);
    }

    /** The compact body of a batch (see the class comment). */
    byte[] write(List<LogRecord> batch) {
        LogRecord first = batch.isEmpty() ? null : batch.get(0);
        String service = first == null ? null : first.service();
        String host = first == null ? null : first.host();
        Long process = first == null ? null : first.process();
        for (LogRecord r : batch) {
            if (!Objects.equals(service, r.service()) || !Objects.equals(host, r.host())
                    || !Objects.equals(process, r.process())) {
                service = host = null;
                process = null;
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + batch.size() * 256);
        try (JsonGenerator g = writer.createGenerator(out)) {
            g.writeStartObject();
            string(g, "service", service);
            string(g, "host", host);
            if (process != null) {
                g.writeNumberProperty("process", process.longValue());
            }
            g.writeName("logs");
            g.writeStartArray();
            for (LogRecord r : batch) {
                g.writeStartObject();
                string(g, "timestamp", r.timestamp());
                string(g, "level", r.level());
                if (service == null) {
                    string(g, "service", r.service());
                    string(g, "host", r.host());
                    if (r.process() != null) {
                        g.writeNumberProperty("process", r.process().longValue());
                    }
                }
                string(g, "name", r.name());
                string(g, "message", r.message());
                if (!LogRecord.derivedNames(r)) {
                    string(g, "file", r.file());
                    string(g, "module", r.module());
                }
                string(g, "function", r.function());
                if (r.line() != null) {
                    g.writeNumberProperty("line", r.line().intValue());
                }
                string(g, "thread", r.thread());
                string(g, "request_id", r.requestId());
                string(g, "user_id", r.userId());
                string(g, "trace_id", r.traceId());
                LogRecord.ExceptionInfo e = r.exception();
                if (e != null) {
                    g.writeName("exception");
                    g.writeStartObject();
                    string(g, "type", e.type());
                    string(g, "value", e.value());
                    string(g, "traceback", e.traceback());
                    g.writeEndObject();
                }
                if (r.extra() != null) {
                    g.writeName("extra");
                    g.writeStartObject();
                    for (Map.Entry<String, String> x : r.extra().entrySet()) {
                        g.writeStringProperty(x.getKey(), x.getValue());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void string(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }
}

package com.bantu.common.internal;

import com.bantu.common.error.ServiceUnavailableException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call to another service's {@code /internal/**} API did not give a usable answer (down, slow, circuit open, not
 * configured, an error status or not an envelope). 503 in the envelope, naming the service:
 * {@code {"code":503,"message":"Source service unavailable: foundation-service",
 * "data":{"source":"foundation-service","reason":"HTTP 500"}}}.
 */
public class InternalCallException extends ServiceUnavailableException {

    private final String source;
    private final String reason;
    private final int upstreamStatus;
    private final String upstreamBody;

    public InternalCallException(String source, String reason) {
        this(source, reason, 0, null);
    }

    /** The other service answered with an error status; a caller may relay a 4xx instead of the 503. */
    public InternalCallException(String source, String reason, int upstreamStatus, String upstreamBody) {
        super("Source service unavailable: " + source, details(source, reason));
        this.source = source;
        this.reason = reason;
        this.upstreamStatus = upstreamStatus;
        this.upstreamBody = upstreamBody;
    }

    /** The HTTP status the other service answered with, or 0 when it gave none (down, timeout, circuit open). */
    public int upstreamStatus() {
        return upstreamStatus;
    }

    /** The body of that error answer (the other service's envelope), or null. */
    public String upstreamBody() {
        return upstreamBody;
    }

    /** The service that could not answer, e.g. {@code foundation-service}. */
    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }

    private static Map<String, String> details(String source, String reason) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("source", source);
        data.put("reason", reason);
        return data;
    }
}

package com.bantu.common.web;

import com.bantu.common.error.ErrorKey;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last-resort error page (for requests it refuses before any servlet sees them: a header block over
 * {@code server.max-http-request-header-size}, an unparsable request line) written as the envelope instead of
 * Tomcat's HTML. Installed as the host's error report valve by {@link ServletWebAutoConfiguration}.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorKey key = ErrorKey.forStatus(status);
        String body = "{\"code\":" + status + ",\"message\":\"" + key.message() + "\",\"data\":null,\"timestamp\":\""
                + LocalDateTime.now().truncatedTo(ChronoUnit.MICROS) + "\"}";
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader(ErrorKey.HEADER, key.key());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to do
        }
    }
}

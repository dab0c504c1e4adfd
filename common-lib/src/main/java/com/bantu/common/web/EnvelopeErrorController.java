package com.bantu.common.web;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.ErrorKey;
import com.bantu.common.error.GlobalExceptionHandler;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces Spring Boot's error controller (its whitelabel HTML page and its own JSON shape): whatever reaches
 * {@code /error} — an exception that escaped a filter, a status the container set ({@code TRACE} refused, a bad
 * request line), or a client calling {@code /error} itself (404) — is answered in the envelope, as JSON whatever
 * the {@code Accept} header says.
 */
@RestController
@RequestMapping("${server.error.path:/error}")
public class EnvelopeErrorController implements ErrorController {

    private final GlobalExceptionHandler handler;
    private final JsonMapper json;

    public EnvelopeErrorController(GlobalExceptionHandler handler, JsonMapper json) {
        this.handler = handler;
        this.json = json;
    }

    @RequestMapping
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (failure instanceof Throwable t) {
            ResponseEntity<ApiResponse<Object>> r = handler.resolve(t);
            if (r != null && r.getBody() != null) {
                ErrorKey key = ErrorKey.byKey(String.valueOf(r.getHeaders().getFirst(ErrorKey.HEADER)));
                EnvelopeWriter.write(response, json, r.getStatusCode().value(), key, r.getBody().message(),
                        r.getBody().data());
            }
            return;
        }
        if (!(status instanceof Integer code) || code < 400) {
            // nobody forwarded here: a client asked for /error itself
            EnvelopeWriter.write(response, json, ErrorKey.ROUTE_NOT_FOUND);
            return;
        }
        ErrorKey key = ErrorKey.forStatus(code);
        EnvelopeWriter.write(response, json, code, key, key.message(), null);
    }
}

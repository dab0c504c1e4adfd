package com.bantu.common.web;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.audit.AuditBodies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Executable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the {@link ApiResponse} a controller method returns as JSON, the answer Spring MVC's message converters
 * would write (the same bytes and {@code Content-Type}), without their per-request work: choosing a return value
 * handler, content negotiation over every converter, generic type resolution, the download-header check. In a JFR
 * profile of {@code GET /customers} that work was about 8 % of the request's CPU, more than the JSON itself.
 * <p>
 * Only the plain case takes this path: the client accepts {@code application/json} (no {@code Accept}, {@code *}{@code
 * /*}, {@code application/*} or {@code application/json}) and names no other JSON type, and the mapping declares no
 * {@code produces}. Everything else (a client that wants XML gets 406, a {@code +json} type) goes to Spring's own
 * {@link RequestResponseBodyMethodProcessor}, as do bodies that are not an {@code ApiResponse}. Response-body advice
 * is not run on this path: the project's one, {@link AuditBodies}, is called directly (a test fails when another
 * advice appears). The writer and its JSON settings are the context's {@link JsonMapper}'s, as the converter's are.
 * The body is serialized first and written in one call: a list page larger than the container's buffer (8 KB) then
 * goes out as one chunk, not flushed every few kilobytes while Jackson writes it; one that fits still gets its
 * {@code Content-Length} from the container when the request ends (not before: the audit filter runs first).
 * {@link HandlerAdapterTuning} installs it.
 */
public class ApiResponseWriter implements HandlerMethodReturnValueHandler {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final ObjectWriter writer;
    private final HandlerMethodReturnValueHandler standard;
    private final Map<Executable, Boolean> handled = new ConcurrentHashMap<>();

    public ApiResponseWriter(JsonMapper json, HandlerMethodReturnValueHandler standard) {
        this.writer = json.writer();
        this.standard = standard;
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return handled.computeIfAbsent(returnType.getExecutable(), m ->
                ApiResponse.class.isAssignableFrom(returnType.getParameterType())
                        && standard.supportsReturnType(returnType));
    }

    @Override
    public void handleReturnValue(Object value, MethodParameter returnType, ModelAndViewContainer mav,
                                  NativeWebRequest webRequest) throws Exception {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
        if (value == null || request == null || response == null || !plainJson(request)) {
            standard.handleReturnValue(value, returnType, mav, webRequest);
            return;
        }
        mav.setRequestHandled(true);
        AuditBodies.responseWritten(request, value);
        byte[] body = writer.writeValueAsBytes(value);
        response.setContentType(JSON);
        response.getOutputStream().write(body);
    }

    /** Whether Spring's content negotiation could only choose {@code application/json} for this request. */
    static boolean plainJson(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        boolean json = false;
        for (MediaType t : types) {
            boolean jsonLike = t.isCompatibleWith(MediaType.APPLICATION_JSON);
            if (t.getSubtype().endsWith("+json") || (jsonLike && t.getQualityValue() == 0)) {
                return false;
            }
            json |= jsonLike && t.includes(MediaType.APPLICATION_JSON);
        }
        return json;
    }
}

package com.bantu.common.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Hands {@link AuditFilter} the request body as the controller received it and the response body as it is about to
 * be written (controllers' and exception handlers' envelopes alike), as request attributes. Nothing is buffered or
 * parsed twice: these are the objects Spring already has.
 */
public final class AuditBodies {

    static final String REQUEST_BODY = AuditBodies.class.getName() + ".request";
    static final String RESPONSE_BODY = AuditBodies.class.getName() + ".response";

    private AuditBodies() {
    }

    private static void remember(String name, Object body) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null && body != null
                && attributes.getAttribute(AuditFilter.ACTIVE, RequestAttributes.SCOPE_REQUEST) != null) {
            attributes.setAttribute(name, body, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * Hands the audit filter the response body when it follows the request: from {@link ResponseSide}, and from
     * {@code ApiResponseWriter}, which writes without Spring MVC's message converters and so without the advice.
     */
    public static void responseWritten(HttpServletRequest request, Object body) {
        if (body != null && request.getAttribute(AuditFilter.ACTIVE) != null) {
            request.setAttribute(RESPONSE_BODY, body);
        }
    }

    /** The bound {@code @RequestBody}. */
    @ControllerAdvice
    public static class RequestSide extends RequestBodyAdviceAdapter {
        @Override
        public boolean supports(MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                    Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
            remember(REQUEST_BODY, body);
            return body;
        }
    }

    /** The response body (usually the envelope) before it is written. */
    @ControllerAdvice
    public static class ResponseSide implements ResponseBodyAdvice<Object> {
        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                      Class<? extends HttpMessageConverter<?>> converterType,
                                      ServerHttpRequest request, ServerHttpResponse response) {
            if (request instanceof ServletServerHttpRequest servlet) {
                responseWritten(servlet.getServletRequest(), body);
            }
            return body;
        }
    }
}

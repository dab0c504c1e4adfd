package com.bantu.common.error;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.web.Names;
import com.bantu.common.web.RequestIdFilter;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * The one place where exceptions become envelopes. HTTP status always equals {@code code}; the body is always
 * JSON whatever the request's {@code Accept}; the catalogue key is in the {@code X-Error-Key} header; nothing here
 * ever writes a stack trace to the client. Client errors (4xx) are logged at DEBUG only, outages (503) as one WARN
 * line, and only a real 500 is an ERROR with its stack. See {@link ErrorClassifier} for the outage, lock and
 * integrity mapping.
 */
@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ApiResponse<Object>> api(ApiException e) {
        if (e.status().is5xxServerError()) {
            log.warn("{} {}: {}", e.status().value(), e.getClass().getSimpleName(), e.getMessage());
        }
        return respond(e.status(), e.key(), e.getMessage(), e.data());
    }

    @ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
    public ResponseEntity<ApiResponse<Object>> bind(BindException e) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(fe -> errors.add(
                new FieldError(Names.snake(fe.getField()), fe.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(
                new FieldError(Names.snake(ge.getObjectName()), ge.getDefaultMessage())));
        return validation(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<ApiResponse<Object>> methodValidation(HandlerMethodValidationException e) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> {
            String name = r.getMethodParameter().getParameterName();
            var rp = r.getMethodParameter().getParameterAnnotation(
                    org.springframework.web.bind.annotation.RequestParam.class);
            if (rp != null && !rp.name().isEmpty()) {
                name = rp.name();
            }
            String field = Names.snake(name);
            r.getResolvableErrors().forEach(err -> errors.add(new FieldError(field, err.getDefaultMessage())));
        });
        return validation(errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ApiResponse<Object>> constraint(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream().map(v -> {
            String path = v.getPropertyPath().toString();
            String leaf = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            return new FieldError(Names.snake(leaf), v.getMessage());
        }).toList();
        return validation(errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ApiResponse<Object>> unreadable(HttpMessageNotReadableException e) {
        if (ErrorClassifier.find(e, BodyTooLargeException.class) != null) {
            return respond(ErrorKey.PAYLOAD_TOO_LARGE, null);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException je && !je.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JacksonException.Reference ref : je.getPath()) {
                if (ref.getPropertyName() != null) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return validation(List.of(new FieldError(field.toString(), "invalid value or type")));
        }
        return validation(List.of(new FieldError("body", "malformed or missing JSON body")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ApiResponse<Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return validation(List.of(new FieldError(Names.snake(e.getName()), "invalid " + expected + " value")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ApiResponse<Object>> missingParam(MissingServletRequestParameterException e) {
        return validation(List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ResponseEntity<ApiResponse<Object>> missingHeader(MissingRequestHeaderException e) {
        return validation(List.of(new FieldError(e.getHeaderName(), "header is required")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ApiResponse<Object>> denied(AccessDeniedException e) {
        return respond(ErrorKey.FORBIDDEN, null);
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<ApiResponse<Object>> unauthenticated(AuthenticationException e) {
        return respond(ErrorKey.UNAUTHENTICATED, null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<ApiResponse<Object>> noResource(NoResourceFoundException e) {
        return respond(ErrorKey.ROUTE_NOT_FOUND, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ApiResponse<Object>> method(HttpRequestMethodNotSupportedException e) {
        return respond(ErrorKey.METHOD_NOT_ALLOWED, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ApiResponse<Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(ErrorKey.UNSUPPORTED_MEDIA_TYPE, null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<ApiResponse<Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(ErrorKey.NOT_ACCEPTABLE, null);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ApiResponse<Object>> unexpected(Exception e) {
        return resolve(e);
    }

    /**
     * Everything without a handler of its own: the database, Redis and lock failures, integrity violations,
     * Spring's own {@link ErrorResponse}s, client disconnects and, last, the real 500. Also used by
     * {@link com.bantu.common.web.EnvelopeErrorController} for exceptions that escaped a filter.
     * Returns {@code null} when the client is gone (nothing can be written).
     */
    public ResponseEntity<ApiResponse<Object>> resolve(Throwable e) {
        if (e instanceof ApiException api) {
            return api(api);
        }
        if (ErrorClassifier.clientGone(e)) {
            log.debug("Client went away before the response was written: {}", Causes.describe(e));
            return null;
        }
        ErrorClassifier.Mapped m = ErrorClassifier.classify(e);
        if (m != null) {
            if (m.key().status().is5xxServerError()) {
                log.warn("{} ({}): {}", m.key().key(), m.key().status().value(), Causes.describe(e));
            } else {
                log.debug("{}: {}", m.key().key(), Causes.describe(e));
            }
            return respond(m.key().status(), m.key(), m.key().message(), m.data());
        }
        if (e instanceof ErrorResponse er && er.getStatusCode().value() != 500) {
            int status = er.getStatusCode().value();
            ErrorKey key = ErrorKey.forStatus(status);
            log.debug("{} ({}): {}", key.key(), status, Causes.describe(e));
            return respond(HttpStatus.valueOf(status), key, key.message(), null);
        }
        String id = RequestIdFilter.current();
        log.error("Unexpected error, request_id={}", id, e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, ErrorKey.INTERNAL, ErrorKey.INTERNAL.message(),
                Map.of("request_id", id));
    }

    private static ResponseEntity<ApiResponse<Object>> validation(List<FieldError> errors) {
        return respond(HttpStatus.BAD_REQUEST, ErrorKey.VALIDATION, ValidationException.MESSAGE, errors);
    }

    private static ResponseEntity<ApiResponse<Object>> respond(ErrorKey key, Object data) {
        return respond(key.status(), key, key.message(), data);
    }

    /**
     * The envelope with its content type fixed to JSON: an error is never content-negotiated, so a client that
     * asked for XML or HTML still gets the envelope (and no second failure while writing it).
     */
    public static ResponseEntity<ApiResponse<Object>> respond(HttpStatus status, ErrorKey key, String message,
                                                              Object data) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            b.header(ErrorKey.HEADER, key.key());
        }
        return b.body(ApiResponse.error(status.value(), message, data));
    }
}

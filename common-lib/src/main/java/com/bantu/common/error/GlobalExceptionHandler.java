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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
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
 * The one place where exceptions become envelopes. HTTP status always equals {@code code};
 * nothing here ever writes a stack trace to the client.
 */
@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ApiResponse<Object>> api(ApiException e) {
        return respond(e.status(), e.getMessage(), e.data());
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
        return respond(HttpStatus.FORBIDDEN, "权限不足", null);
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<ApiResponse<Object>> unauthenticated(AuthenticationException e) {
        return respond(HttpStatus.UNAUTHORIZED, "未提供认证令牌", null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<ApiResponse<Object>> noResource(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, "路由未找到", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ApiResponse<Object>> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " not allowed", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ApiResponse<Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content type not supported; send application/json", null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<ApiResponse<Object>> stale(OptimisticLockingFailureException e) {
        return respond(HttpStatus.CONFLICT, "Record was changed by someone else; reload and retry", null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<ApiResponse<Object>> integrity(DataIntegrityViolationException e) {
        log.warn("Data integrity violation: {}", e.getMostSpecificCause().getMessage());
        return respond(HttpStatus.CONFLICT, "Conflicts with existing data", null);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ApiResponse<Object>> unexpected(Exception e) {
        String id = RequestIdFilter.current();
        log.error("Unexpected error, request_id={}", id, e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", Map.of("request_id", id));
    }

    private static ResponseEntity<ApiResponse<Object>> validation(List<FieldError> errors) {
        return respond(HttpStatus.BAD_REQUEST, ValidationException.MESSAGE, errors);
    }

    private static ResponseEntity<ApiResponse<Object>> respond(HttpStatus status, String message, Object data) {
        return ResponseEntity.status(status).body(ApiResponse.error(status.value(), message, data));
    }
}

package com.bantu.common.error;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400 with field-level messages in {@code data}, raised by code (the handler produces the same for bean validation). */
public class ValidationException extends ApiException {

    public static final String MESSAGE = ErrorKey.VALIDATION.message();

    public ValidationException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, MESSAGE, List.copyOf(errors), ErrorKey.VALIDATION);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }
}

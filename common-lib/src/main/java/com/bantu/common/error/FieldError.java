package com.bantu.common.error;

/** One field-level validation message; {@code field} is the snake_case name the client sent. */
public record FieldError(String field, String message) {
}

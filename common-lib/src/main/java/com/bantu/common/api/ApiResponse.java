package com.bantu.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The envelope every JSON response carries: {@code {code, message, data, timestamp}}.
 * {@code code} is 200 on success and equals the HTTP status on error.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiResponse<T>(int code, String message, T data, LocalDateTime timestamp) {

    public static final String OK_MESSAGE = "操作成功";

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(200, OK_MESSAGE, data, now());
    }

    public static <T> ApiResponse<T> ok(String message, T data) {
        return new ApiResponse<>(200, message, data, now());
    }

    /** Server-local time with microseconds, as the original's {@code datetime.now().isoformat()}. */
    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static <T> ApiResponse<T> error(int code, String message, T data) {
        return new ApiResponse<>(code, message, data, now());
    }
}

package com.bantu.common.error;

import org.springframework.http.HttpStatus;

/** Base of every business error: carries the HTTP status (which is also the envelope code) and a message. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient Object data;

    public ApiException(HttpStatus status, String message) {
        this(status, message, null);
    }

    public ApiException(HttpStatus status, String message, Object data) {
        super(message);
        this.status = status;
        this.data = data;
    }

    public HttpStatus status() {
        return status;
    }

    public Object data() {
        return data;
    }
}

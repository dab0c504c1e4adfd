package com.bantu.common.error;

import org.springframework.http.HttpStatus;

/** Base of every business error: carries the HTTP status (which is also the envelope code) and a message. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient Object data;
    private final ErrorKey key;

    public ApiException(HttpStatus status, String message) {
        this(status, message, null);
    }

    public ApiException(HttpStatus status, String message, Object data) {
        this(status, message, data, null);
    }

    /** An error of the shared catalogue: its status and text come from {@code key}. */
    public ApiException(ErrorKey key) {
        this(key.status(), key.message(), null, key);
    }

    protected ApiException(HttpStatus status, String message, Object data, ErrorKey key) {
        super(message);
        this.status = status;
        this.data = data;
        this.key = key;
    }

    /** The catalogue key, when this error is one of the shared ones; {@code null} for a feature's own message. */
    public ErrorKey key() {
        return key;
    }

    public HttpStatus status() {
        return status;
    }

    public Object data() {
        return data;
    }
}

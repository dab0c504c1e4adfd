package com.bantu.common.error;

import org.springframework.http.HttpStatus;

/**
 * 503 — a dependency this request needs (another service, the database, Redis) cannot answer now. The client may
 * retry later; {@code data} says what was unavailable when that helps the caller.
 */
public class ServiceUnavailableException extends ApiException {

    public ServiceUnavailableException(String message) {
        super(HttpStatus.SERVICE_UNAVAILABLE, message);
    }

    public ServiceUnavailableException(String message, Object data) {
        super(HttpStatus.SERVICE_UNAVAILABLE, message, data);
    }
}

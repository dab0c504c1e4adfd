package com.bantu.common.error;

import org.springframework.http.HttpStatus;

/** 409 — duplicate key, stale version, illegal transition, record still in use. */
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}

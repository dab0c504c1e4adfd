package com.bantu.common.error;

import org.springframework.http.HttpStatus;

/** 403 — signed in, but not allowed. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(HttpStatus.FORBIDDEN, message);
    }
}

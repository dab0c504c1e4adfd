package com.bantu.common.error;

import org.springframework.http.HttpStatus;

/** 401 — not signed in, or credentials refused. */
public class UnauthorizedException extends ApiException {

    public UnauthorizedException(String message) {
        super(HttpStatus.UNAUTHORIZED, message);
    }
}

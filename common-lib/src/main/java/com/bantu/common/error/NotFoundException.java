package com.bantu.common.error;

import org.springframework.http.HttpStatus;

/** 404 — the named record does not exist. */
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, message);
    }
}

package com.bantu.common.error;

import org.springframework.http.HttpStatus;

/** 400 — a business rule refused the request (not a field format problem). */
public class BadRequestException extends ApiException {

    public BadRequestException(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }
}

package com.bantu.common.security;

/** A token that is missing, malformed, forged, expired, revoked or of the wrong type. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}

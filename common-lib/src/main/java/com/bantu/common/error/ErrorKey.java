package com.bantu.common.error;

import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;

/**
 * Stable keys of the cross-cutting errors (those not raised by a feature's own rule) and their default HTTP
 * status. The texts live in one catalogue, {@code bantu/messages.properties} in common-lib, shared by the gateway
 * and every service; the envelope's {@code message} is the catalogue text and the key travels in the
 * {@value #HEADER} response header, so tests and logs can name an error without matching a sentence.
 */
public enum ErrorKey {
    VALIDATION("error.validation", HttpStatus.BAD_REQUEST),
    BAD_PATH("error.bad_path", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("error.unauthenticated", HttpStatus.UNAUTHORIZED),
    TOKEN_INVALID("error.token_invalid", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("error.forbidden", HttpStatus.FORBIDDEN),
    ACCESS_DENIED("error.access_denied", HttpStatus.FORBIDDEN),
    ROUTE_NOT_FOUND("error.route_not_found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("error.method_not_allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("error.not_acceptable", HttpStatus.NOT_ACCEPTABLE),
    DUPLICATE("error.duplicate", HttpStatus.CONFLICT),
    STALE("error.stale", HttpStatus.CONFLICT),
    LOCKED("error.locked", HttpStatus.CONFLICT),
    IN_USE("error.in_use", HttpStatus.CONFLICT),
    PAYLOAD_TOO_LARGE("error.payload_too_large", HttpStatus.CONTENT_TOO_LARGE),
    URI_TOO_LONG("error.uri_too_long", HttpStatus.URI_TOO_LONG),
    UNSUPPORTED_MEDIA_TYPE("error.unsupported_media_type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    HEADERS_TOO_LARGE("error.headers_too_large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
    TOO_MANY_REQUESTS("error.too_many_requests", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL("error.internal", HttpStatus.INTERNAL_SERVER_ERROR),
    UNAVAILABLE("error.unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    TIMEOUT("error.timeout", HttpStatus.GATEWAY_TIMEOUT),
    REQUEST_FAILED("error.request_failed", HttpStatus.BAD_REQUEST);

    /** Response header carrying the key of an error answered in the envelope. */
    public static final String HEADER = "X-Error-Key";

    private final String key;
    private final HttpStatus status;
    private final String message;

    ErrorKey(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
        this.message = Catalogue.BUNDLE.getString(key);
    }

    public String key() {
        return key;
    }

    public HttpStatus status() {
        return status;
    }

    /** The catalogue text (what the envelope's {@code message} says). */
    public String message() {
        return message;
    }

    /** Holder: enum constants may not read the enum's own static fields while they are built. */
    private static final class Catalogue {
        static final ResourceBundle BUNDLE = ResourceBundle.getBundle("bantu.messages", Locale.ROOT);
    }

    /** The constant whose {@link #key()} is {@code key}, or {@code null}. */
    public static ErrorKey byKey(String key) {
        for (ErrorKey k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** The key for an HTTP error status that has no more specific cause. */
    public static ErrorKey forStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION;
            case 401 -> TOKEN_INVALID;
            case 403 -> FORBIDDEN;
            case 404 -> ROUTE_NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> DUPLICATE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            case 502, 503 -> UNAVAILABLE;
            case 504 -> TIMEOUT;
            default -> status >= 500 ? INTERNAL : REQUEST_FAILED;
        };
    }
}

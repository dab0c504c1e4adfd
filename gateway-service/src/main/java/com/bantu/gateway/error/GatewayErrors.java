package com.bantu.gateway.error;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.Causes;
import com.bantu.common.error.ErrorKey;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the gateway answers itself, in the envelope, never a stack trace. Downstream
 * failures become 503 (cannot connect, connection lost, breaker open) or 504 (no response in time).
 */
@Component
public class GatewayErrors {

    // the texts come from common-lib's one catalogue (bantu/messages.properties), shared with the services
    public static final String NO_TOKEN = ErrorKey.UNAUTHENTICATED.message();
    public static final String INVALID_TOKEN = ErrorKey.TOKEN_INVALID.message();
    public static final String NOT_FOUND = ErrorKey.ROUTE_NOT_FOUND.message();
    public static final String BAD_PATH = ErrorKey.BAD_PATH.message();
    public static final String UNAVAILABLE = ErrorKey.UNAVAILABLE.message();
    public static final String TIMEOUT = ErrorKey.TIMEOUT.message();
    public static final String TOO_MANY = ErrorKey.TOO_MANY_REQUESTS.message();
    public static final String FORBIDDEN = ErrorKey.ACCESS_DENIED.message();
    public static final String INTERNAL = ErrorKey.INTERNAL.message();

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    private final JsonMapper json;

    public GatewayErrors(JsonMapper json) {
        this.json = json;
    }

    /** A status, the message the SPA shows and its catalogue key. */
    public record Failure(int status, String message, ErrorKey key) {
        Failure(ErrorKey key) {
            this(key.status().value(), key.message(), key);
        }
    }

    public Failure classify(Throwable error, ServerWebExchange exchange) {
        if (error instanceof ServiceUnavailableException || error instanceof CallNotPermittedException
                || error instanceof BulkheadFullException) {
            return new Failure(ErrorKey.UNAVAILABLE);
        }
        if (error instanceof HttpStatusCodeException e) {
            return fromStatus(e.getStatusCode());
        }
        if (error instanceof ResponseStatusException e) {
            return fromStatus(e.getStatusCode());
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException
                    || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof PrematureCloseException || t instanceof ClosedChannelException) {
                return new Failure(ErrorKey.UNAVAILABLE);
            }
            if (t instanceof TimeoutException) {
                return new Failure(ErrorKey.TIMEOUT);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new Failure(ErrorKey.INTERNAL);
    }

    public static Failure fromStatus(HttpStatusCode code) {
        int s = code.value();
        // 502 is not part of the wire contract: a downstream the gateway cannot use is "unavailable"
        int status = s == 502 ? 503 : s;
        ErrorKey key = s == 403 ? ErrorKey.ACCESS_DENIED : ErrorKey.forStatus(status);
        return new Failure(status, key.message(), key);
    }

    /** Answers {@code error} in the envelope, logging what operations need (the stack only for a real 500). */
    public Mono<Void> write(ServerWebExchange exchange, Throwable error) {
        Failure f = classify(error, exchange);
        String path = exchange.getRequest().getPath().value();
        if (f.status() == 500) {
            log.error("unexpected gateway error path={}", path, error);
        } else if (f.status() >= 503) {
            log.warn("downstream failure path={} status={} cause={}", path, f.status(), Causes.describe(error));
        }
        return write(exchange, f.status(), f.key(), f.status() == 500
                ? INTERNAL + " (request_id=" + exchange.getAttribute("bantu.request_id") + ")"
                : f.message());
    }

    public Mono<Void> write(ServerWebExchange exchange, ErrorKey key) {
        return write(exchange, key.status().value(), key, key.message());
    }

    public Mono<Void> write(ServerWebExchange exchange, int status, ErrorKey key, String message) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatusCode.valueOf(status));
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getHeaders().remove("Content-Length");
        response.getHeaders().remove("Transfer-Encoding");
        if (key != null) {
            response.getHeaders().set(ErrorKey.HEADER, key.key());
        }
        // microseconds, as the wire contract shows (2025-11-19T10:15:30.123456); the JDK clock may give nanos
        ApiResponse<Object> envelope = new ApiResponse<>(status, message, null,
                LocalDateTime.now().truncatedTo(ChronoUnit.MICROS));
        byte[] body = json.writeValueAsBytes(envelope);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}

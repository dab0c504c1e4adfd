package com.bantu.gateway.logging;

import com.bantu.gateway.error.GatewayErrors;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The outermost filter. Gives every request a correlation id ({@code X-Request-Id}: the client's when it is
 * safe, otherwise a new UUID), passes it downstream and back, turns any error into the envelope and writes
 * one access line per request: {@code method path status latency_ms user_id request_id route client_ip}.
 * Headers (and so tokens) are never logged.
 */
@Component
public class RequestLogFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String REQUEST_ID_ATTR = "bantu.request_id";
    public static final String USER_ID_ATTR = "bantu.user_id";
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private static final Logger log = LoggerFactory.getLogger("com.bantu.gateway.access");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final GatewayErrors errors;

    public RequestLogFilter(GatewayErrors errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        ServerHttpRequest request = exchange.getRequest();
        String given = request.getHeaders().getFirst(HEADER);
        String requestId = given != null && SAFE.matcher(given).matches() ? given : newRequestId();
        // the forwarded request gets the header from JwtAuthenticationFilter, in its one request mutation
        exchange.getAttributes().put(REQUEST_ID_ATTR, requestId);
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            // set, not add: a downstream service echoes the id too
            response.getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange)
                .onErrorResume(error -> errors.write(exchange, error))
                .then(Mono.defer(() -> completeEmptyError(exchange)))
                .doFinally(signal -> logLine(exchange, requestId, start));
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a correlation id needs to be unique, not
     * unguessable, and {@link UUID#randomUUID()} takes the shared {@code SecureRandom}'s lock and reads
     * {@code /dev/urandom} on every other call.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** A filter that only set an error status (CORS rejection, for example) still answers in the envelope. */
    private Mono<Void> completeEmptyError(ServerWebExchange ex) {
        ServerHttpResponse response = ex.getResponse();
        HttpStatusCode status = response.getStatusCode();
        if (!response.isCommitted() && status != null && status.value() >= 400) {
            GatewayErrors.Failure f = GatewayErrors.fromStatus(status);
            return errors.write(ex, f.status(), f.key(), f.message());
        }
        return Mono.empty();
    }

    private void logLine(ServerWebExchange ex, String requestId, long start) {
        if (!log.isInfoEnabled()) {
            return;
        }
        ServerHttpRequest request = ex.getRequest();
        HttpStatusCode status = ex.getResponse().getStatusCode();
        long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Object userId = ex.getAttributes().getOrDefault(USER_ID_ATTR, "-");
        Route route = ex.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        InetSocketAddress remote = request.getRemoteAddress();
        String clientIp = remote == null || remote.getAddress() == null ? "-" : remote.getAddress().getHostAddress();
        int code = status == null ? 0 : status.value();
        String method = request.getMethod().name();
        String path = request.getPath().value();
        String routeId = route == null ? "-" : route.getId();
        log.atInfo()
                .addKeyValue("method", method)
                .addKeyValue("path", path)
                .addKeyValue("status", code)
                .addKeyValue("latency_ms", latencyMs)
                .addKeyValue("user_id", userId)
                .addKeyValue("request_id", requestId)
                .addKeyValue("route", routeId)
                .addKeyValue("client_ip", clientIp)
                .log("method={} path={} status={} latency_ms={} user_id={} request_id={} route={} client_ip={}",
                        method, path, code, latencyMs, userId, requestId, routeId, clientIp);
    }
}

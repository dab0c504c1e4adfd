package com.bantu.gateway.error;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Safety net ahead of Spring Boot's whitelabel JSON: anything that escapes the filters (the request log
 * filter already converts errors) is still answered in the envelope.
 */
@Component
@Order(-2)
public class EnvelopeExceptionHandler implements WebExceptionHandler {

    private final GatewayErrors errors;

    public EnvelopeExceptionHandler(GatewayErrors errors) {
        this.errors = errors;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        return errors.write(exchange, ex);
    }
}

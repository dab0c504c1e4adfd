package com.bantu.gateway.routing;

import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sends a small proxied response as one message: status line, headers and body in a single socket write.
 * <p>
 * Spring Cloud Gateway relays a service's body as a stream of buffers, and Reactor Netty then flushes the headers
 * and the body separately: two system calls per response. When the service announced a {@code Content-Length} of
 * at most {@value #MAX_JOINED_BYTES} bytes (every JSON answer of the API), the body is joined into one buffer
 * first; Reactor Netty writes a single-buffer body together with its headers. Larger, chunked and streaming bodies
 * (no {@code Content-Length}) are relayed unchanged, buffer by buffer.
 */
@Component
public class SingleWriteResponseFilter implements GlobalFilter, Ordered {

    static final long MAX_JOINED_BYTES = 64 * 1024;

    @Override
    public int getOrder() {
        // just outside the filter that writes the service's response, so it writes through the decorator
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange.mutate().response(new Joining(exchange.getResponse())).build());
    }

    private static final class Joining extends ServerHttpResponseDecorator {

        Joining(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            long length = getHeaders().getContentLength();
            if (body instanceof Mono || length < 0 || length > MAX_JOINED_BYTES) {
                return super.writeWith(body);
            }
            return super.writeWith(DataBufferUtils.join(body));
        }
    }
}

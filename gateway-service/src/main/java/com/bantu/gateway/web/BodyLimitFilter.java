package com.bantu.gateway.web;

import com.bantu.common.error.ErrorKey;
import com.bantu.gateway.error.GatewayErrors;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request body limits at the edge ({@code bantu.gateway.max-body-size}, default 1 MB; {@code multipart/*}:
 * {@code bantu.gateway.max-upload-size}, default 20 MB), the same defaults as every service's. A declared
 * {@code Content-Length} above the limit is 413 in the envelope before any byte is forwarded; a chunked body is
 * counted as it streams through and the exchange fails with 413 once past the limit.
 */
@Component
public class BodyLimitFilter implements WebFilter, Ordered {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final long maxBody;
    private final long maxUpload;
    private final GatewayErrors errors;

    public BodyLimitFilter(@Value("${bantu.gateway.max-body-size:1MB}") DataSize maxBody,
                           @Value("${bantu.gateway.max-upload-size:20MB}") DataSize maxUpload,
                           GatewayErrors errors) {
        this.maxBody = maxBody.toBytes();
        this.maxUpload = maxUpload.toBytes();
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        MediaType type = request.getHeaders().getContentType();
        long limit = type != null && "multipart".equalsIgnoreCase(type.getType()) ? maxUpload : maxBody;
        long length = request.getHeaders().getContentLength();
        if (length > limit) {
            return errors.write(exchange, ErrorKey.PAYLOAD_TOO_LARGE);
        }
        if (length >= 0 || !request.getHeaders().containsHeader("Transfer-Encoding")) {
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }
}

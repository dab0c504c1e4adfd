package com.bantu.gateway.error;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.ErrorKey;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Reactor Netty refuses while decoding them — a request line over {@code server.netty.max-initial-line-length}
 * (414), headers over {@code server.max-http-request-header-size} (431), an unparsable request (400) — never reach
 * WebFlux; Reactor Netty answers them itself with an empty body and closes the connection. This outbound handler,
 * last in every connection's pipeline, fills that empty answer with the envelope. Any other response passes through
 * untouched (the check is a type test and three field reads).
 */
@ChannelHandler.Sharable
public class DecodeFailureEnvelope extends ChannelOutboundHandlerAdapter {

    private final JsonMapper json;

    public DecodeFailureEnvelope(JsonMapper json) {
        this.json = json;
    }

    /** Adds the handler to every server connection. */
    public static NettyServerCustomizer customizer(JsonMapper json) {
        DecodeFailureEnvelope handler = new DecodeFailureEnvelope(json);
        return server -> server.doOnChannelInit((observer, channel, address) ->
                channel.pipeline().addLast("bantu.decodeFailureEnvelope", handler));
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof FullHttpResponse r && isDecodeFailure(r)) {
            int status = r.status().code();
            ErrorKey key = ErrorKey.forStatus(status);
            byte[] body = json.writeValueAsBytes(new ApiResponse<>(status, key.message(), null,
                    LocalDateTime.now().truncatedTo(ChronoUnit.MICROS)));
            FullHttpResponse replaced = r.replace(Unpooled.wrappedBuffer(body));
            r.release();
            replaced.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(ErrorKey.HEADER, key.key());
            ctx.write(replaced, promise);
            return;
        }
        ctx.write(msg, promise);
    }

    /** Reactor Netty's answer to a request it could not decode: 400/414/431, no body, no type, connection closing. */
    static boolean isDecodeFailure(FullHttpResponse r) {
        int status = r.status().code();
        return (status == 400 || status == 414 || status == 431) && r.content().readableBytes() == 0
                && !r.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                && r.headers().containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
    }
}

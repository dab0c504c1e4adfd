package com.bantu.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.gateway.web.SecurityHeadersFilter;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/** Forwarded headers believed only from the configured proxies; HSTS when a trusted proxy says the client used TLS. */
class ForwardedHeadersGuardTest {

    private static ServerHttpRequest through(ForwardedHeadersGuard guard, String peer) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x")
                .remoteAddress(new InetSocketAddress(peer, 40000))
                .header("X-Forwarded-Host", "crm.example.com").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7").header("X-Real-IP", "6.6.6.6"));
        AtomicReference<ServerHttpRequest> seen = new AtomicReference<>();
        guard.filter(exchange, e -> {
            seen.set(e.getRequest());
            return Mono.empty();
        }).block();
        return seen.get();
    }

    @Test
    void aConfiguredProxyIsBelievedAndTheClientIpIsItsForwardedFor() {
        ServerHttpRequest r = through(new ForwardedHeadersGuard("10\\.0\\.0\\.\\d+", 1), "10.0.0.5");
        assertThat(r.getHeaders().getFirst("X-Forwarded-Host")).isEqualTo("crm.example.com");
        assertThat(r.getHeaders().getFirst("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(r.getHeaders().get("X-Real-IP")).containsExactly("203.0.113.7");
    }

    @Test
    void anyoneElseLosesTheHeadersAndIsKnownByItsPeerAddress() {
        for (ForwardedHeadersGuard guard : new ForwardedHeadersGuard[] {
                new ForwardedHeadersGuard("10\\.0\\.0\\.\\d+", 0), new ForwardedHeadersGuard("", 0)}) {
            ServerHttpRequest r = through(guard, "127.0.0.1");
            assertThat(r.getHeaders().containsHeader("X-Forwarded-Host")).isFalse();
            assertThat(r.getHeaders().containsHeader("X-Forwarded-Proto")).isFalse();
            assertThat(r.getHeaders().containsHeader("X-Forwarded-For")).isFalse();
            assertThat(r.getHeaders().get("X-Real-IP")).containsExactly("127.0.0.1");
        }
    }

    @Test
    void hstsOnlyWhenTheRequestWasSecure() {
        SecurityHeadersFilter headers = new SecurityHeadersFilter();
        MockServerWebExchange viaProxy = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x")
                .header("X-Forwarded-Proto", "https"));
        headers.filter(viaProxy, e -> e.getResponse().setComplete()).block();
        assertThat(viaProxy.getResponse().getHeaders().getFirst("Strict-Transport-Security"))
                .startsWith("max-age=");

        MockServerWebExchange plain = MockServerWebExchange.from(MockServerHttpRequest.get("/api/x"));
        headers.filter(plain, e -> e.getResponse().setComplete()).block();
        assertThat(plain.getResponse().getHeaders().containsHeader("Strict-Transport-Security")).isFalse();
        assertThat(plain.getResponse().getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    }
}

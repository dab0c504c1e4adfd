package com.bantu.gateway.security;

import com.bantu.gateway.ratelimit.ClientIpKeyResolver;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Forwarded headers ({@code Forwarded}, {@code X-Forwarded-Host/Proto/Port/Prefix/For}) are believed only when the
 * TCP peer is a configured proxy ({@code bantu.gateway.trusted-proxies}, a regular expression over the peer's
 * address; empty = none, the default): from anyone else they are removed before anything reads them, so a client
 * cannot choose the host the Swagger config's redirect URL names, the scheme HSTS depends on or the address it is
 * rate-limited and audited under. Also sets {@value #CLIENT_IP} — the client address as the gateway determined it
 * (the peer, or the trusted proxies' {@code X-Forwarded-For} per {@code trusted-hops}) — on every forwarded request,
 * replacing any client-sent copy; the services record it in their audit trail.
 */
@Component
public class ForwardedHeadersGuard implements WebFilter, Ordered {

    /** Before the security headers (HSTS reads X-Forwarded-Proto), CORS, the path guard, the token check. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;
    public static final String CLIENT_IP = "X-Real-IP";
    static final List<String> FORWARDED = List.of("forwarded", "x-forwarded-host", "x-forwarded-proto",
            "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-for", "x-forwarded-ssl");

    private final Pattern trusted;
    private final ClientIpKeyResolver clientIp;

    public ForwardedHeadersGuard(@Value("${bantu.gateway.trusted-proxies:}") String trustedProxies,
                                 @Value("${bantu.gateway.login-rate-limit.trusted-hops:0}") int trustedHops) {
        this.trusted = trustedProxies == null || trustedProxies.isBlank() ? null : Pattern.compile(trustedProxies);
        this.clientIp = new ClientIpKeyResolver(trustedHops);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean fromProxy = isTrusted(request.getRemoteAddress());
        ServerHttpRequest cleaned = fromProxy ? request : request.mutate().headers(h -> h.headerNames().stream()
                .filter(n -> FORWARDED.contains(n.toLowerCase(Locale.ROOT))).toList().forEach(h::remove)).build();
        ServerWebExchange cleanedExchange = cleaned == request ? exchange : exchange.mutate().request(cleaned).build();
        return clientIp.resolve(cleanedExchange).defaultIfEmpty("").flatMap(ip -> {
            ServerHttpRequest withIp = cleaned.mutate().headers(h -> {
                h.remove(CLIENT_IP);
                if (!ip.isEmpty()) {
                    h.set(CLIENT_IP, ip);
                }
            }).build();
            return chain.filter(cleanedExchange.mutate().request(withIp).build());
        });
    }

    boolean isTrusted(InetSocketAddress peer) {
        if (trusted == null || peer == null || peer.getAddress() == null) {
            return false;
        }
        return trusted.matcher(peer.getAddress().getHostAddress()).matches();
    }
}

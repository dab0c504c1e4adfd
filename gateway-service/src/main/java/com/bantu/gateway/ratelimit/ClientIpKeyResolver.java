package com.bantu.gateway.ratelimit;

import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The client IP used as the rate-limit key: the TCP peer, or with {@code trustedHops > 0} the address that
 * many proxies back in X-Forwarded-For (so clients behind one ingress are told apart, and a client cannot
 * choose its own key by sending the header).
 */
public class ClientIpKeyResolver implements KeyResolver {

    private final RemoteAddressResolver resolver;

    public ClientIpKeyResolver(int trustedHops) {
        this.resolver = trustedHops > 0 ? XForwardedRemoteAddressResolver.maxTrustedIndex(trustedHops)
                : new RemoteAddressResolver() {
                };
    }

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        InetSocketAddress address = resolver.resolve(exchange);
        if (address == null) {
            return Mono.empty();
        }
        return Mono.just(address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString());
    }
}

package com.bantu.gateway.security;

import com.bantu.common.error.ErrorKey;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.InvalidTokenException;
import com.bantu.common.security.JwtService;
import com.bantu.common.security.Roles;
import com.bantu.gateway.error.GatewayErrors;
import com.bantu.gateway.logging.RequestLogFilter;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Verifies {@code Authorization: Bearer <access token>} with common-lib's {@link JwtService} (HS256 pinned,
 * issuer, expiry, access type; verified tokens are remembered by {@link JwtService#verifyAccess}) and the revocation list, for every path but the
 * public ones and those arriving on the separate management port ({@link ManagementPort}); a token whose session
 * ended (revoked, or a token version below the user's current one: {@link RevocationCheck}) is a 401. Client-sent
 * identity headers ({@code X-User-*}, {@code X-Organization-Id}) are always removed; on success they are set
 * from the verified claims: {@code X-User-Id}, {@code X-User-Roles} (comma-joined codes),
 * {@code X-Organization-Id}. The token itself is forwarded: every service verifies it again.
 */
@Component
public class JwtAuthenticationFilter implements WebFilter, Ordered {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    public static final String USER_ID = "X-User-Id";
    public static final String USER_ROLES = "X-User-Roles";
    public static final String ORGANIZATION_ID = "X-Organization-Id";

    private final JwtService jwt;
    private final RevocationCheck revocations;
    private final PublicPaths publicPaths;
    private final ManagementPort managementPort;
    private final GatewayErrors errors;

    public JwtAuthenticationFilter(JwtService jwt, RevocationCheck revocations, PublicPaths publicPaths,
                                   ManagementPort managementPort, GatewayErrors errors) {
        this.jwt = jwt;
        this.revocations = revocations;
        this.publicPaths = publicPaths;
        this.managementPort = managementPort;
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (publicPaths.isPublic(request.getPath().pathWithinApplication()) || managementPort.receivedOn(request)) {
            return chain.filter(withIdentity(exchange, null));
        }
        List<String> authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isEmpty()) {
            return errors.write(exchange, ErrorKey.UNAUTHENTICATED);
        }
        String header = authorization.get(0);
        if (authorization.size() > 1 || !header.startsWith("Bearer ")) {
            return errors.write(exchange, ErrorKey.TOKEN_INVALID);
        }
        BantuPrincipal principal;
        try {
            principal = jwt.verifyAccess(header.substring(7).trim());
        } catch (InvalidTokenException e) {
            return errors.write(exchange, ErrorKey.TOKEN_INVALID);
        } catch (RuntimeException e) {
            // whatever else an unreadable token makes the parser throw is still the client's bad token: 401
            return errors.write(exchange, ErrorKey.TOKEN_INVALID);
        }
        return revocations.hasEnded(principal).flatMap(ended -> {
            if (ended) {
                return errors.write(exchange, ErrorKey.TOKEN_INVALID);
            }
            if (isActuator(request) && !principal.hasRole(Roles.ROLE_ADMIN)) {
                // metrics name routes and internal URIs: ADMIN only on the API port (Prometheus scrapes the
                // management port)
                return errors.write(exchange, ErrorKey.FORBIDDEN);
            }
            exchange.getAttributes().put(RequestLogFilter.USER_ID_ATTR, principal.userId());
            return chain.filter(withIdentity(exchange, principal));
        });
    }

    /**
     * The one mutation of the forwarded request: removes every client-sent identity header, sets them from a
     * verified principal's claims, and writes the correlation id chosen by {@link RequestLogFilter}.
     */
    static ServerWebExchange withIdentity(ServerWebExchange exchange, BantuPrincipal principal) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        String requestId = exchange.getAttribute(RequestLogFilter.REQUEST_ID_ATTR);
        List<String> givenIds = incoming.get(RequestLogFilter.HEADER);
        boolean idMissing = requestId != null
                && (givenIds == null || givenIds.size() != 1 || !requestId.equals(givenIds.get(0)));
        boolean spoofed = incoming.headerNames().stream().anyMatch(JwtAuthenticationFilter::isIdentityHeader);
        if (!spoofed && principal == null && !idMissing) {
            return exchange;
        }
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> {
            if (idMissing) {
                h.set(RequestLogFilter.HEADER, requestId);
            }
            if (spoofed) {
                h.headerNames().stream().filter(JwtAuthenticationFilter::isIdentityHeader).toList().forEach(h::remove);
            }
            if (principal != null) {
                h.set(USER_ID, principal.userId());
                h.set(USER_ROLES, String.join(",", principal.roles()));
                if (principal.organizationId() != null) {
                    h.set(ORGANIZATION_ID, principal.organizationId());
                }
            }
        }).build();
        return exchange.mutate().request(request).build();
    }

    static boolean isActuator(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        return path.equals("/actuator") || path.startsWith("/actuator/");
    }

    static boolean isIdentityHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("x-user-") || n.equals("x-organization-id");
    }
}

package com.bantu.common.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Verifies {@code Authorization: Bearer <access token>} on every request (defence in depth behind the gateway).
 * Identity comes only from the verified token, never from {@code X-User-*} headers. A bad token leaves the
 * request unauthenticated; the entry point then answers 401 on protected paths.
 */
public class JwtAuthenticationFilter extends OncePerRequestFilter {

    public static final String ERROR_ATTRIBUTE = "bantu.auth.error";

    private final JwtService jwt;
    private final TokenRevocationStore revocations;

    public JwtAuthenticationFilter(JwtService jwt, TokenRevocationStore revocations) {
        this.jwt = jwt;
        this.revocations = revocations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null) {
            if (header.startsWith("Bearer ")) {
                try {
                    BantuPrincipal p = jwt.verifyAccess(header.substring(7).trim());
                    if (revocations.isRevoked(p.jti())) {
                        throw new InvalidTokenException("revoked token");
                    }
                    List<SimpleGrantedAuthority> authorities =
                            p.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
                    var auth = new UsernamePasswordAuthenticationToken(p, null, authorities);
                    SecurityContextHolder.getContext().setAuthentication(auth);
                } catch (InvalidTokenException e) {
                    request.setAttribute(ERROR_ATTRIBUTE, e.getMessage());
                } catch (RuntimeException e) {
                    // whatever else a token can make the parser throw: unreadable is unauthenticated (401)
                    request.setAttribute(ERROR_ATTRIBUTE, "unreadable token");
                }
            } else {
                request.setAttribute(ERROR_ATTRIBUTE, "unsupported authorization scheme");
            }
        }
        chain.doFilter(request, response);
    }
}

package com.bantu.common.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Verifies {@code Authorization: Bearer <access token>} on every request (defence in depth behind the gateway).
 * Identity comes only from the verified token, never from {@code X-User-*} headers. A bad token, a revoked one or
 * one whose token version is below the user's current version ({@link SessionCheck}) leaves the request
 * unauthenticated; the entry point then answers 401 on protected paths. Authorities: {@code ROLE_<code>} per role
 * and each permission code of the {@code perms} claim as it is ({@code customer.view}), so {@link Roles}'
 * expressions {@code hasRole('ADMIN') or hasAuthority('customer.view')} work.
 */
public class JwtAuthenticationFilter extends OncePerRequestFilter {

    public static final String ERROR_ATTRIBUTE = "bantu.auth.error";

    private final JwtService jwt;
    private final SessionCheck sessions;

    public JwtAuthenticationFilter(JwtService jwt, SessionCheck sessions) {
        this.jwt = jwt;
        this.sessions = sessions;
    }

    /** Revocation only (no token versions): for callers that build the filter themselves. */
    public JwtAuthenticationFilter(JwtService jwt, TokenRevocationStore revocations) {
        this(jwt, new SessionCheck(revocations, new InMemoryTokenVersionStore(), Duration.ZERO));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null) {
            if (header.startsWith("Bearer ")) {
                try {
                    BantuPrincipal p = jwt.verifyAccess(header.substring(7).trim());
                    if (sessions.hasEnded(p)) {
                        throw new InvalidTokenException("session ended");
                    }
                    List<SimpleGrantedAuthority> authorities = authorities(p);
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

    /** {@code ROLE_<role>} for each role, then each permission code as it is. */
    static List<SimpleGrantedAuthority> authorities(BantuPrincipal p) {
        List<SimpleGrantedAuthority> out = new ArrayList<>(p.roles().size() + p.permissions().size());
        p.roles().forEach(r -> out.add(new SimpleGrantedAuthority("ROLE_" + r)));
        p.permissions().stream().filter(c -> !c.startsWith("ROLE_"))
                .forEach(c -> out.add(new SimpleGrantedAuthority(c)));
        return out;
    }
}

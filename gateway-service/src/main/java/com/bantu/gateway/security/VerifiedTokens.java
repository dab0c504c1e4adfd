package com.bantu.gateway.security;

import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.JwtService;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Remembers which token strings already passed {@link JwtService#verifyAccess}, so a client's next requests with
 * the same token skip the signature check and JSON parsing (the SPA sends one token for many requests). Safe by
 * construction: the key is the whole signed token, so a different or altered token is verified afresh; the entry
 * is only used while the token is unexpired. Revocation is still checked on every request. Bounded: when full the
 * map is emptied (tokens are then verified again, nothing is let through).
 */
@Component
public class VerifiedTokens {

    static final int MAX_ENTRIES = 10_000;

    private final JwtService jwt;
    private final ConcurrentHashMap<String, BantuPrincipal> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(JwtService jwt) {
        this.jwt = jwt;
    }

    public BantuPrincipal verify(String token) {
        BantuPrincipal known = verified.get(token);
        if (known != null) {
            if (known.expiresAt().isAfter(Instant.now())) {
                return known;
            }
            verified.remove(token);
        }
        BantuPrincipal principal = jwt.verifyAccess(token); // throws InvalidTokenException
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(token, principal);
        return principal;
    }

    int size() {
        return verified.size();
    }
}

package com.bantu.common.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Process-local revocation list for the embedded default (no Redis): only the issuing process sees it. */
public class InMemoryTokenRevocationStore implements TokenRevocationStore {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    @Override
    public void revoke(String jti, Instant expiresAt) {
        Instant now = Instant.now();
        revoked.values().removeIf(exp -> exp.isBefore(now));
        revoked.put(jti, expiresAt);
    }

    @Override
    public boolean isRevoked(String jti) {
        Instant exp = revoked.get(jti);
        return exp != null && exp.isAfter(Instant.now());
    }
}

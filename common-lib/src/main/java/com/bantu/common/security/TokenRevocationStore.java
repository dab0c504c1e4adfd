package com.bantu.common.security;

import java.time.Instant;

/** Revoked token ids ({@code jti}), kept until the token would have expired anyway. */
public interface TokenRevocationStore {

    void revoke(String jti, Instant expiresAt);

    boolean isRevoked(String jti);
}

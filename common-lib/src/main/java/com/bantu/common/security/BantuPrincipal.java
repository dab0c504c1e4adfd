package com.bantu.common.security;

import java.time.Instant;
import java.util.List;

/** The verified identity of a request, built from a token's claims. */
public record BantuPrincipal(String userId, String username, String email, List<String> roles,
                             String organizationId, String jti, Instant expiresAt, String type) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

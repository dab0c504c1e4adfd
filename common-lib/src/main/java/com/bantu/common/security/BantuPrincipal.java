package com.bantu.common.security;

import java.time.Instant;
import java.util.List;

/**
 * The verified identity of a request, built from a token's claims.
 *
 * @param tokenVersion the user's token version when the token was issued (0 when absent)
 * @param permissions  effective permission codes carried by the token (empty when absent)
 * @param dataScope    {@code own}, {@code org}, {@code org_and_children} or {@code all}; null when the token has none
 * @param scopeOrgIds  organization ids covered by an {@code org} or {@code org_and_children} scope
 */
public record BantuPrincipal(String userId, String username, String email, List<String> roles,
                             String organizationId, String jti, Instant expiresAt, String type, long tokenVersion,
                             List<String> permissions, String dataScope, List<String> scopeOrgIds) {

    public BantuPrincipal {
        roles = roles == null ? List.of() : List.copyOf(roles);
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
        scopeOrgIds = scopeOrgIds == null ? List.of() : List.copyOf(scopeOrgIds);
    }

    /** A principal without version, permissions or scope (tokens issued before those claims existed, tests). */
    public BantuPrincipal(String userId, String username, String email, List<String> roles, String organizationId,
                          String jti, Instant expiresAt, String type) {
        this(userId, username, email, roles, organizationId, jti, expiresAt, type, 0, List.of(), null, List.of());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasPermission(String code) {
        return permissions.contains(code);
    }
}

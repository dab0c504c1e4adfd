package com.bantu.common.test;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Correctly signed HS256 tokens (the services' secret and issuer) whose claims are whatever a test says, including
 * claims of the wrong JSON type ({@code "roles":"ADMIN"}, {@code "type":1}) that no real issuer writes.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** An access token's usual claims, with {@code overrides} replacing or adding some. */
    public static String signed(String secret, Map<String, Object> overrides) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("username", "forger");
        claims.put("email", "forger@example.com");
        claims.put("roles", List.of("ADMIN"));
        claims.put("org_id", "00000000-0000-0000-0000-000000000001");
        claims.put("type", "access");
        claims.putAll(overrides);
        Instant now = Instant.now();
        return Jwts.builder()
                .subject("u-forger")
                .issuer("bantu-crm")
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plusSeconds(600)))
                .claims(claims)
                .signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256)
                .compact();
    }

    /** The two cases the services must refuse with 401: roles as a string, type as a number. */
    public static List<String> wrongClaimTypes(String secret) {
        return List.of(signed(secret, Map.of("roles", "ADMIN")), signed(secret, Map.of("type", 1)),
                signed(secret, Map.of("roles", List.of(1, 2))), signed(secret, Map.of("org_id", Map.of("a", 1))),
                signed(secret, Map.of("perms", "customer.view")), signed(secret, Map.of("tv", "1")),
                signed(secret, Map.of("scope_orgs", List.of(Map.of()))));
    }
}

package com.bantu.common.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bantu.jwt.*}. The secret has no default: a service started without {@code BANTU_JWT_SECRET}
 * fails with a message naming the variable (the local profile generates one per run).
 */
@ConfigurationProperties("bantu.jwt")
public record JwtProperties(String secret, Duration accessTtl, Duration refreshTtl, String issuer) {

    public JwtProperties {
        accessTtl = accessTtl == null ? Duration.ofHours(24) : accessTtl;
        refreshTtl = refreshTtl == null ? Duration.ofDays(7) : refreshTtl;
        issuer = issuer == null ? "bantu-crm" : issuer;
    }
}

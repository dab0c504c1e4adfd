package com.bantu.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Issues and verifies HS256 tokens (jjwt). The algorithm is pinned: a token whose header names anything
 * but HS256 (including {@code none}) is refused before its signature is looked at. Access and refresh
 * tokens carry {@code type} and are not interchangeable. A token that cannot be read — including a correctly
 * signed one whose claims have the wrong JSON types — is an {@link InvalidTokenException} (401), never a 500.
 */
public class JwtService {

    public static final String TYPE_ACCESS = "access";
    public static final String TYPE_REFRESH = "refresh";
    public static final String ROLE_SERVICE = "SERVICE";
    private static final String ALG = "HS256";

    /** How long a verified access token is remembered at most (it is never remembered past its own expiry). */
    static final Duration VERIFIED_FOR = Duration.ofSeconds(60);

    private final SecretKey key;
    private final JwtProperties props;
    private final JwtParser parser;
    /**
     * Access tokens whose signature and claims were verified: the same string yields the same claims, so a client's
     * next requests with it skip the HMAC and JSON parse. Revocation and token versions are still checked per
     * request by the caller ({@link SessionCheck}); a remembered token past its expiry is verified again (and
     * refused).
     */
    private final Cache<String, BantuPrincipal> verified = Caffeine.newBuilder()
            .maximumSize(4096)
            .expireAfter(Expiry.<String, BantuPrincipal>creating((token, p) -> remembered(p.expiresAt())))
            .build();

    public JwtService(JwtProperties props) {
        // an unresolved ${BANTU_JWT_SECRET} placeholder arrives as literal text: treat it as missing
        if (props.secret() == null || props.secret().isBlank() || props.secret().contains("${")) {
            throw new IllegalStateException(
                    "BANTU_JWT_SECRET is not set: give every service the same secret of at least 32 bytes");
        }
        byte[] bytes = props.secret().getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("BANTU_JWT_SECRET must be at least 32 bytes, got " + bytes.length);
        }
        this.key = Keys.hmacShaKeyFor(bytes);
        this.props = props;
        this.parser = Jwts.parser().verifyWith(key).requireIssuer(props.issuer()).build();
    }

    private static Duration remembered(Instant expiresAt) {
        Duration left = Duration.between(Instant.now(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(VERIFIED_FOR) < 0 ? left : VERIFIED_FOR;
    }

    /**
     * Who a token is issued to.
     *
     * @param tokenVersion the user's token version at issue time: a token whose version is below the user's current one
     *                     is no longer valid (sessions end on delete, disable, role or password change, logout)
     * @param permissions  the user's effective permission codes (catalogue codes such as {@code customer.view})
     * @param dataScope    the user's data scope ({@code own}, {@code org}, {@code org_and_children}, {@code all}),
     *                     null when not resolved
     * @param scopeOrgIds  the organization ids a scope of {@code org} or {@code org_and_children} covers
     */
    public record Subject(String userId, String username, String email, List<String> roles, String organizationId,
                          long tokenVersion, List<String> permissions, String dataScope, List<String> scopeOrgIds) {
        public Subject {
            permissions = permissions == null ? List.of() : List.copyOf(permissions);
            scopeOrgIds = scopeOrgIds == null ? List.of() : List.copyOf(scopeOrgIds);
        }

        public Subject(String userId, String username, String email, List<String> roles, String organizationId) {
            this(userId, username, email, roles, organizationId, 0, List.of(), null, List.of());
        }
    }

    public record IssuedToken(String token, String jti, Instant expiresAt) {
    }

    public IssuedToken issueAccess(Subject s) {
        return issue(s, TYPE_ACCESS, props.accessTtl());
    }

    public IssuedToken issueRefresh(Subject s) {
        return issue(s, TYPE_REFRESH, props.refreshTtl());
    }

    /** A short-lived access token for service-to-service calls to {@code /internal/**}. */
    public IssuedToken issueServiceToken(String serviceName) {
        return issue(new Subject(serviceName, serviceName, null, List.of(ROLE_SERVICE), null),
                TYPE_ACCESS, Duration.ofMinutes(10));
    }

    public Duration accessTtl() {
        return props.accessTtl();
    }

    private IssuedToken issue(Subject s, String type, Duration ttl) {
        Instant now = Instant.now();
        Instant exp = now.plus(ttl);
        String jti = UUID.randomUUID().toString();
        String token = Jwts.builder()
                .header().add("typ", "JWT").and()
                .subject(s.userId())
                .issuer(props.issuer())
                .id(jti)
                .issuedAt(Date.from(now))
                .expiration(Date.from(exp))
                .claim("username", s.username())
                .claim("email", s.email())
                .claim("roles", s.roles())
                .claim("org_id", s.organizationId())
                .claim("type", type)
                .claim("tv", s.tokenVersion())
                .claim("perms", s.permissions())
                .claim("scope", s.dataScope())
                .claim("scope_orgs", s.scopeOrgIds())
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        return new IssuedToken(token, jti, exp);
    }

    public BantuPrincipal verifyAccess(String token) {
        if (token != null) {
            BantuPrincipal known = verified.getIfPresent(token);
            if (known != null && known.expiresAt().isAfter(Instant.now())) {
                return known;
            }
        }
        BantuPrincipal p = verify(token, TYPE_ACCESS);
        verified.put(token, p);
        return p;
    }

    public BantuPrincipal verifyRefresh(String token) {
        return verify(token, TYPE_REFRESH);
    }

    private BantuPrincipal verify(String token, String expectedType) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("missing token");
        }
        Jws<Claims> jws;
        try {
            jws = parser.parseSignedClaims(token);
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidTokenException("invalid token: " + e.getClass().getSimpleName(), e);
        }
        if (!ALG.equals(jws.getHeader().getAlgorithm())) {
            throw new InvalidTokenException("unexpected algorithm");
        }
        try {
            return principal(jws.getPayload(), expectedType);
        } catch (JwtException | ClassCastException | IllegalArgumentException e) {
            // signed by us, yet a claim has the wrong JSON type ("roles":"ADMIN", "type":1): unreadable, so invalid
            throw new InvalidTokenException("invalid claim: " + e.getClass().getSimpleName(), e);
        }
    }

    private static BantuPrincipal principal(Claims c, String expectedType) {
        if (!expectedType.equals(c.get("type", String.class))) {
            throw new InvalidTokenException("wrong token type");
        }
        if (c.getSubject() == null || c.getId() == null || c.getExpiration() == null) {
            throw new InvalidTokenException("incomplete token");
        }
        Number tv = c.get("tv", Number.class);
        return new BantuPrincipal(c.getSubject(), c.get("username", String.class), c.get("email", String.class),
                strings(c, "roles"), c.get("org_id", String.class), c.getId(), c.getExpiration().toInstant(),
                expectedType, tv == null ? 0 : tv.longValue(), strings(c, "perms"), c.get("scope", String.class),
                strings(c, "scope_orgs"));
    }

    /** A claim that must be a list of strings (absent: empty); any other JSON type is an invalid token. */
    private static List<String> strings(Claims c, String claim) {
        Object raw = c.get(claim);
        List<String> out = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object r : list) {
                if (!(r instanceof String value)) {
                    throw new InvalidTokenException("invalid claim: " + claim);
                }
                out.add(value);
            }
        } else if (raw != null) {
            throw new InvalidTokenException("invalid claim: " + claim);
        }
        return List.copyOf(out);
    }
}

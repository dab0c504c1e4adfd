package com.bantu.gateway.support;

import com.bantu.common.security.JwtProperties;
import com.bantu.common.security.JwtService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** Tokens made with common-lib's JwtService, as foundation-service issues them, plus forged variants. */
public final class Tokens {

    public static final String SECRET = "gateway-test-secret-0123456789-abcdefghij";

    private static final JwtService JWT = new JwtService(new JwtProperties(SECRET, null, null, null));

    private Tokens() {
    }

    public static JwtService.IssuedToken access(String userId, String org, String... roles) {
        return JWT.issueAccess(new JwtService.Subject(userId, userId + "-name", userId + "@bantu.sbs", List.of(roles), org));
    }

    /** An access token carrying token version {@code tv}. */
    public static JwtService.IssuedToken versioned(String userId, long tv, String... roles) {
        return JWT.issueAccess(new JwtService.Subject(userId, userId + "-name", userId + "@bantu.sbs", List.of(roles),
                "org-1", tv, List.of(), null, List.of()));
    }

    public static String agent() {
        return access("u-agent", "org-1", "AGENT").token();
    }

    public static String admin() {
        return access("u-admin", "org-1", "ADMIN").token();
    }

    public static String refresh() {
        return JWT.issueRefresh(new JwtService.Subject("u-agent", "agent", "a@bantu.sbs", List.of("AGENT"), "org-1")).token();
    }

    public static String expired() {
        JwtService past = new JwtService(new JwtProperties(SECRET, Duration.ofSeconds(-30), null, null));
        return past.issueAccess(new JwtService.Subject("u-agent", "agent", "a@bantu.sbs", List.of("AGENT"), "org-1")).token();
    }

    public static String otherKey() {
        JwtService other = new JwtService(new JwtProperties("another-secret-of-at-least-32-bytes!!", null, null, null));
        return other.issueAccess(new JwtService.Subject("u-agent", "agent", "a@bantu.sbs", List.of("ADMIN"), "org-1")).token();
    }

    public static String otherIssuer() {
        JwtService other = new JwtService(new JwtProperties(SECRET, null, null, "someone-else"));
        return other.issueAccess(new JwtService.Subject("u-agent", "agent", "a@bantu.sbs", List.of("AGENT"), "org-1")).token();
    }

    /** The agent's token with ADMIN written into the payload and the original signature kept. */
    public static String tampered() {
        String[] parts = agent().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"AGENT\"", "\"ADMIN\"");
        return parts[0] + "." + b64(payload) + "." + parts[2];
    }

    /** An unsigned token ({@code alg: none}) with a valid-looking payload. */
    public static String algNone() {
        String[] parts = admin().split("\\.");
        return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    /** Signed with the right secret but HS512 instead of the pinned HS256. */
    public static String hs512() {
        byte[] key = (SECRET + SECRET).getBytes(StandardCharsets.UTF_8);
        String header = b64("{\"alg\":\"HS512\",\"typ\":\"JWT\"}");
        String payload = admin().split("\\.")[1];
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA512");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA512"));
            byte[] sig = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}

package com.bantu.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.test.ForgedTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtServiceTest {

    private static JwtProperties props(String secret) {
        return new JwtProperties(secret, Duration.ofMinutes(5), Duration.ofHours(1), null);
    }

    @Test
    void missingShortOrUnresolvedSecretsFailAtStartNamingTheVariable() {
        for (String bad : new String[] {null, "", "${BANTU_JWT_SECRET}", "too-short"}) {
            assertThatThrownBy(() -> new JwtService(props(bad))).as(String.valueOf(bad))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("BANTU_JWT_SECRET");
        }
    }

    @Test
    void accessAndRefreshTokensAreNotInterchangeable() {
        JwtService jwt = new JwtService(props("0123456789abcdef0123456789abcdef-test"));
        var subject = new JwtService.Subject("u1", "alice", "a@example.com", List.of("SALES"), "o1");
        String access = jwt.issueAccess(subject).token();
        String refresh = jwt.issueRefresh(subject).token();
        BantuPrincipal p = jwt.verifyAccess(access);
        assertThat(p.userId()).isEqualTo("u1");
        assertThat(p.roles()).containsExactly("SALES");
        assertThat(p.organizationId()).isEqualTo("o1");
        assertThat(jwt.verifyRefresh(refresh).type()).isEqualTo("refresh");
        assertThatThrownBy(() -> jwt.verifyAccess(refresh)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> jwt.verifyRefresh(access)).isInstanceOf(InvalidTokenException.class);
        JwtService other = new JwtService(props("another-secret-0123456789abcdef-xyz"));
        assertThatThrownBy(() -> other.verifyAccess(access)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void versionPermissionsAndScopeTravelInTheToken() {
        JwtService jwt = new JwtService(props("0123456789abcdef0123456789abcdef-test"));
        var subject = new JwtService.Subject("u1", "alice", null, List.of("SALES"), "o1", 7,
                List.of("customer.view", "customer.create"), "org_and_children", List.of("o1", "o2"));
        BantuPrincipal p = jwt.verifyAccess(jwt.issueAccess(subject).token());
        assertThat(p.tokenVersion()).isEqualTo(7);
        assertThat(p.permissions()).containsExactly("customer.view", "customer.create");
        assertThat(p.hasPermission("customer.view")).isTrue();
        assertThat(p.dataScope()).isEqualTo("org_and_children");
        assertThat(p.scopeOrgIds()).containsExactly("o1", "o2");
        BantuPrincipal legacy = jwt.verifyAccess(
                jwt.issueAccess(new JwtService.Subject("u1", "alice", null, List.of("SALES"), "o1")).token());
        assertThat(legacy.tokenVersion()).isZero();
        assertThat(legacy.permissions()).isEmpty();
        assertThat(legacy.dataScope()).isNull();
    }

    @Test
    void correctlySignedTokensWithClaimsOfTheWrongTypeAreInvalidNotErrors() {
        String secret = "0123456789abcdef0123456789abcdef-test";
        JwtService jwt = new JwtService(props(secret));
        assertThat(jwt.verifyAccess(ForgedTokens.signed(secret, Map.of())).roles()).containsExactly("ADMIN");
        for (String token : ForgedTokens.wrongClaimTypes(secret)) {
            assertThatThrownBy(() -> jwt.verifyAccess(token)).as(token).isInstanceOf(InvalidTokenException.class);
        }
        assertThatThrownBy(() -> jwt.verifyAccess(ForgedTokens.signed(secret, Map.of("username", List.of("x")))))
                .isInstanceOf(InvalidTokenException.class);
    }

    /**
     * A verified access token is remembered (the same principal comes back), an altered copy is verified afresh and
     * refused, and a remembered token is refused once it has expired.
     */
    @Test
    void verifiedTokensAreRememberedOnlyWhileValid() throws InterruptedException {
        JwtService jwt = new JwtService(new JwtProperties("0123456789abcdef0123456789abcdef-test",
                Duration.ofMillis(1500), Duration.ofHours(1), null));
        String token = jwt.issueAccess(new JwtService.Subject("u1", "alice", "a@example.com", List.of("SALES"), "o1"))
                .token();
        BantuPrincipal first = jwt.verifyAccess(token);
        assertThat(jwt.verifyAccess(token)).isSameAs(first);
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> jwt.verifyAccess(altered)).isInstanceOf(InvalidTokenException.class);
        // jjwt's expiry has second precision: wait until the token is past it
        Thread.sleep(java.time.Duration.between(java.time.Instant.now(), first.expiresAt()).toMillis() + 1100);
        assertThatThrownBy(() -> jwt.verifyAccess(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void envelopeTimestampHasAtMostMicroseconds() {
        assertThat(ApiResponse.ok(null).timestamp().getNano() % 1000).isZero();
    }
}

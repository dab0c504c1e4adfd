package com.bantu.common.logship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogRedactorTest {

    @Test
    void masksPasswordsTokensAndJwts() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
        assertThat(LogRedactor.redact("login failed password=hunter2 for admin"))
                .isEqualTo("login failed password=*** for admin");
        assertThat(LogRedactor.redact("{\"username\":\"a\",\"password\":\"hunter2\"}"))
                .doesNotContain("hunter2").contains("\"password\":\"***\"");
        assertThat(LogRedactor.redact("Authorization: Bearer abc.def-ghi")).doesNotContain("abc.def-ghi");
        assertThat(LogRedactor.redact("token " + jwt + " rejected")).isEqualTo("token *** rejected");
        assertThat(LogRedactor.redact("refresh_token=r1r2r3&x=1")).isEqualTo("refresh_token=***&x=1");
    }

    @Test
    void leavesOrdinaryLinesAlone() {
        String line = "[CustomerService] create - success (12 ms) id=6f1c0a3e-0000-4000-8000-000000000001";
        assertThat(LogRedactor.redact(line)).isEqualTo(line);
        assertThat(LogRedactor.redact(null)).isNull();
    }

    /**
     * The pre-check never lets through a line the patterns would change: random lines built from pieces of the
     * patterns (keys in mixed case, separators, quotes, "Bearer", JWT-like parts, letters the ASCII-only case folding
     * does not fold) and ordinary text. Seeded, so a failure names a line that fails again.
     */
    @Test
    void preCheck_neverSkipsALineThePatternsWouldChange() {
        List<String> pieces = List.of("password", "PassWord", "passwd", "PWD", "pwd", "secret", "SECRET", "token",
                "Token", "access_token", "refresh_token", "api_key", "api-key", "APIKEY", "apikey", "authorization",
                "Authorization", "bearer", "Bearer", "BEARER", "eyJ", "eyJhbGciOi", ".c2lnbmF0dXJl", "abcde", "=", ":",
                "\"", " ", "  ", "\t", ",", ";", "&", "}", "{", "_", "-", ".", "x", "7", "ſecret", "paſsword", "\u212Aey",
                "İ", "订单", "id=42", "password=", "Token: ", "\"secret\":\"", "api_key=", "Bearer ", "pwd :", "user_", "key", "pass", "tok", "bear", "auth", "api", "eyj", "EYJ", "s", "p", "t", "a");
        Random random = new Random(20261201L);
        int changed = 0;
        int skipped = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int j = 0; j < parts; j++) {
                if (random.nextInt(5) == 0) {
                    line.append((char) (' ' + random.nextInt(95))); // any printable ASCII
                } else {
                    line.append(pieces.get(random.nextInt(pieces.size())));
                }
            }
            String s = line.toString();
            String full = LogRedactor.redactAlways(s);
            if (!LogRedactor.mayHoldSecret(s)) {
                skipped++;
                assertThat(full).as("skipped by the pre-check: %s", s).isEqualTo(s);
            }
            if (!full.equals(s)) {
                changed++;
            }
            assertThat(LogRedactor.redact(s)).as(s).isEqualTo(full);
        }
        // both sides are well represented: many lines the patterns change, many the pre-check skips
        assertThat(changed).isGreaterThan(10_000);
        assertThat(skipped).isGreaterThan(10_000);
    }

    @Test
    void preCheck_skipsOrdinaryLines_andKeepsSecretOnes() {
        assertThat(LogRedactor.mayHoldSecret("[IndustryService] list - success (3 ms)")).isFalse();
        assertThat(LogRedactor.mayHoldSecret("id=6f1c0a3e status: ACTIVE")).isFalse();
        assertThat(LogRedactor.mayHoldSecret("tokens issued: 3")).isTrue(); // a candidate, not a secret
        assertThat(LogRedactor.redact("tokens issued: 3")).isEqualTo("tokens issued: 3");
        assertThat(LogRedactor.mayHoldSecret("header Bearer abc")).isTrue();
        assertThat(LogRedactor.mayHoldSecret("jwt eyJabc")).isTrue();
        assertThat(LogRedactor.mayHoldSecret("X-Api-Key: k1")).isTrue();
    }
}

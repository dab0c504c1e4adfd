package com.bantu.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.BantuPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class AuditEventTest {

    private static final BantuPrincipal ALICE = new BantuPrincipal("u-1", "alice", "a@example.com", List.of("SALES"),
            "org-1", "jti", Instant.now().plusSeconds(60), "access");

    @Test
    void secretsAreRedactedAtAnyDepthAndCase() {
        AuditEvent e = AuditEvent.of(ALICE, "UPDATE", "user", "u-2").withChanges(
                Map.of("password_hash", "x", "name", "old"),
                Map.of("name", "new", "nested", Map.of("AccessToken", "abc", "list",
                        List.of(Map.of("client_secret", "s", "keep", 1))), "Authorization", "Bearer y"));

        assertThat(e.oldValues()).containsEntry("password_hash", AuditEvent.REDACTED).containsEntry("name", "old");
        assertThat(e.newValues()).containsEntry("name", "new").containsEntry("Authorization", AuditEvent.REDACTED);
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) e.newValues().get("nested");
        assertThat(nested).containsEntry("AccessToken", AuditEvent.REDACTED);
        assertThat(nested.get("list").toString()).contains("client_secret=" + AuditEvent.REDACTED).contains("keep=1")
                .doesNotContain("=s,").doesNotContain("=s}");
    }

    @Test
    void everyKindOfSecretKeyIsRedactedAndOrdinaryKeysAreNot() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (String key : List.of("password", "new_password", "passwd", "passphrase", "client_secret",
                "refresh_token", "tokenVersion", "Authorization", "cookie", "Set-Cookie", "credentials", "api_key",
                "apiKey", "x-api-key", "access_key_id", "private_key", "signing-key", "one_time_code",
                "verification_code", "captcha")) {
            values.put(key, "leak-" + key);
        }
        List<String> ordinary = List.of("name", "email", "phone", "footprint", "key_account", "description",
                "tax_id", "status", "monkey");
        ordinary.forEach(k -> values.put(k, "keep-" + k));

        AuditEvent e = AuditEvent.of(ALICE, "CREATE", "thing", "1").withChanges(values, Map.of("nested",
                List.of(values)));

        assertThat(e.toString()).doesNotContain("leak-");
        ordinary.forEach(k -> assertThat(e.oldValues()).containsEntry(k, "keep-" + k));
        assertThat(e.oldValues()).containsEntry("api_key", AuditEvent.REDACTED)
                .containsEntry("Set-Cookie", AuditEvent.REDACTED);
    }

    @Test
    void whoComesFromThePrincipalAndDefaultsAreFilled() {
        AuditEvent e = AuditEvent.of(ALICE, "CREATE", "customer", "c-1")
                .withRequest("POST", "/api/x", "req-1", "10.0.0.1", "ua".repeat(400))
                .failed("boom");

        assertThat(e.type()).isEqualTo("audit.recorded");
        assertThat(e.id()).hasSize(36);
        assertThat(e.userId()).isEqualTo("u-1");
        assertThat(e.username()).isEqualTo("alice");
        assertThat(e.organizationId()).isEqualTo("org-1");
        assertThat(e.status()).isEqualTo(AuditEvent.FAILED);
        assertThat(e.errorMessage()).isEqualTo("boom");
        assertThat(e.userAgent()).hasSize(500);
        assertThat(e.occurredAt()).isNotNull();
    }

    @Test
    void survivesTheSnakeCaseWireAndRedactsAgainOnRead() {
        JsonMapper json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        String wire = json.writeValueAsString(AuditEvent.of(ALICE, "DELETE", "contact", "k-1"))
                .replace("\"old_values\":null", "\"old_values\":{\"token\":\"leak\"}");

        AuditEvent read = json.readValue(wire, AuditEvent.class);

        assertThat(wire).contains("\"resource_type\":\"contact\"", "\"user_id\":\"u-1\"");
        assertThat(read.oldValues()).containsEntry("token", AuditEvent.REDACTED);
        assertThat(read.action()).isEqualTo("DELETE");
    }

    @Test
    void aRememberedKeyIsJudgedAsThePatternJudgesIt() {
        for (int round = 0; round < 3; round++) {   // the first round asks the pattern, the later ones remember
            assertThat(AuditEvent.redact(Map.of("x_Api-Key", "k", "one_time_code", "1", "title", "t",
                    "apikeys_count", 2, "api__key", "k")))
                    .containsEntry("x_Api-Key", AuditEvent.REDACTED).containsEntry("one_time_code", AuditEvent.REDACTED)
                    .containsEntry("title", "t").containsEntry("apikeys_count", AuditEvent.REDACTED)
                    .containsEntry("api__key", "k");
        }
        for (int i = 0; i < 5000; i++) {   // past the remembered keys, the pattern still decides
            assertThat(AuditEvent.sensitive("field_" + i)).isFalse();
            assertThat(AuditEvent.sensitive("secret_" + i)).isTrue();
        }
        String longKey = "x".repeat(100) + "_password";
        assertThat(AuditEvent.sensitive(longKey)).isTrue();
        assertThat(AuditEvent.sensitive(longKey)).isTrue();
    }
}

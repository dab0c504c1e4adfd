package com.bantu.common.logship;

import static org.assertj.core.api.Assertions.assertThat;

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
}

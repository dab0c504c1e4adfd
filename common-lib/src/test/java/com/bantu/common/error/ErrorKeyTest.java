package com.bantu.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The catalogue and the keys agree, and the texts are the SPA's (Chinese). */
class ErrorKeyTest {

    @Test
    void everyKeyHasAChineseTextAndEveryTextAKey() throws Exception {
        Properties catalogue = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/bantu/messages.properties")) {
            catalogue.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(catalogue.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ErrorKey.values()).map(ErrorKey::key).toList());
        for (ErrorKey k : ErrorKey.values()) {
            assertThat(k.message()).as(k.key()).isEqualTo(catalogue.getProperty(k.key())).matches(".*\\p{IsHan}.*");
            assertThat(ErrorKey.byKey(k.key())).isSameAs(k);
        }
    }

    @Test
    void statusesWithoutAMoreSpecificCauseHaveAKeyOfTheirOwnStatus() {
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 413, 414, 415, 429, 431, 503, 504, 500}) {
            assertThat(ErrorKey.forStatus(status).status().value()).as("" + status).isEqualTo(status);
        }
        assertThat(ErrorKey.forStatus(502)).isEqualTo(ErrorKey.UNAVAILABLE);
        assertThat(ErrorKey.forStatus(418)).isEqualTo(ErrorKey.REQUEST_FAILED);
        assertThat(ErrorKey.forStatus(507)).isEqualTo(ErrorKey.INTERNAL);
    }
}

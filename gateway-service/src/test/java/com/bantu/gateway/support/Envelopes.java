package com.bantu.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;

/** Asserts the error envelope of {code = HTTP status, message, data null, timestamp}. */
public final class Envelopes {

    private Envelopes() {
    }

    public static void assertEnvelope(TestHttp.Resp r, int status, String message) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.body().get("code").asInt()).isEqualTo(status);
        assertThat(r.message()).isEqualTo(message);
        assertThat(r.body().has("data")).isTrue();
        assertThat(r.body().get("data").isNull()).isTrue();
        assertThat(r.body().get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?");
        assertThat(r.headers().get("content-type").get(0)).startsWith("application/json");
    }
}

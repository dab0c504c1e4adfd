package com.bantu.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.gateway.GatewayTestBase;
import com.bantu.gateway.support.Tokens;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One access line per request with method, path, status, latency, user and correlation id; never a token. */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest extends GatewayTestBase {

    @Test
    void eachRequestLogsOneLineWithoutTheToken(CapturedOutput output) {
        String token = Tokens.agent();
        get("/api/foundation/users/42?secret=no", token, Map.of("X-Request-Id", "log-test-1"));
        get("/api/foundation/users", "garbage-token-value", Map.of("X-Request-Id", "log-test-2"));

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .contains("method=GET path=/api/foundation/users/42 status=200 latency_ms=")
                .contains("user_id=u-agent request_id=log-test-1 route=foundation")
                .contains("status=401")
                .contains("user_id=- request_id=log-test-2"));
        assertThat(output.getAll()).doesNotContain(token).doesNotContain("garbage-token-value")
                .doesNotContain("secret=no");
    }
}

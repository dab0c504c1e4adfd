package com.bantu.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.gateway.GatewayApplication;
import com.bantu.gateway.support.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** No secret has a default outside the local profile; a missing or short secret stops the gateway at start. */
class StartupConfigTest {

    @Test
    void applicationYamlHasNoSecretDefault() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(yaml).contains("secret: ${BANTU_JWT_SECRET}");
        }
    }

    @Test
    void emptySecretFailsNamingTheVariable() {
        assertThatThrownBy(() -> start("--BANTU_JWT_SECRET=", REDIS))
                .satisfies(e -> assertThat(rootMessages(e)).contains("BANTU_JWT_SECRET is not set"));
    }

    @Test
    void unresolvedSecretFailsNamingTheVariable() {
        assertThatThrownBy(() -> start("--bantu.jwt.secret=${BANTU_TEST_NO_SUCH_VARIABLE}", REDIS))
                .satisfies(e -> assertThat(rootMessages(e)).contains("BANTU_JWT_SECRET is not set"));
    }

    @Test
    void shortSecretFails() {
        assertThatThrownBy(() -> start("--BANTU_JWT_SECRET=too-short", REDIS))
                .satisfies(e -> assertThat(rootMessages(e)).contains("at least 32 bytes"));
    }

    @Test
    void missingRedisHostFailsNamingTheVariable() {
        assertThatThrownBy(() -> start("--BANTU_JWT_SECRET=" + Tokens.SECRET, "--SPRING_DATA_REDIS_HOST="))
                .satisfies(e -> assertThat(rootMessages(e)).contains("SPRING_DATA_REDIS_HOST is not set"));
    }

    @Test
    void unknownRateLimiterStoreFails() {
        assertThatThrownBy(() -> start("--BANTU_JWT_SECRET=" + Tokens.SECRET, REDIS, "--BANTU_RATE_LIMITER=disk"))
                .satisfies(e -> assertThat(rootMessages(e)).contains("must be redis or memory"));
    }

    private static final String REDIS = "--SPRING_DATA_REDIS_HOST=127.0.0.1";

    /** Command-line arguments outrank the environment, so this holds whatever the machine exports. */
    private static void start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.main.banner-mode=off")
                .run(all).close();
    }

    private static String rootMessages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}

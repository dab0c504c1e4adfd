package com.bantu.gateway.ratelimit;

import com.bantu.common.error.ErrorKey;
import static com.bantu.gateway.support.Envelopes.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.gateway.GatewayTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Login throttled per client IP in Redis: 3 attempts (burst 30, 10 tokens each), then 429 in the envelope. */
class LoginRateLimitTest extends GatewayTestBase {

    @Autowired
    ReactiveStringRedisTemplate redis;

    @BeforeEach
    void emptyBuckets() {
        redis.keys("request_rate_limiter.{foundation-login.*").flatMap(redis::delete).blockLast();
    }

    @Test
    void fourthLoginInARowIs429() {
        String body = "{\"email\":\"admin@bantu.sbs\",\"password\":\"x\"}";
        for (int i = 0; i < 3; i++) {
            TestHttp.Resp ok = http().post("/api/foundation/auth/login", null, body);
            assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        }
        int before = FOUNDATION.hits();
        TestHttp.Resp limited = http().post("/api/foundation/auth/login", null, body);
        assertEnvelope(limited, 429, ErrorKey.TOO_MANY_REQUESTS.message());
        // tokens left (refilled at 1/s meanwhile) are fewer than the 10 one login costs
        assertThat(Integer.parseInt(limited.headers().get("x-ratelimit-remaining").get(0))).isLessThan(10);
        assertThat(FOUNDATION.hits()).isEqualTo(before);
        assertThat(redis.keys("request_rate_limiter.{foundation-login.127.0.0.1}.*").collectList().block())
                .as("the bucket lives in Redis").isNotEmpty();

        // other foundation endpoints are not throttled by the login bucket
        assertThat(http().post("/api/foundation/auth/refresh", null, "{}").status()).isEqualTo(200);
    }
}

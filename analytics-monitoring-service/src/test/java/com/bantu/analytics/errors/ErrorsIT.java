package com.bantu.analytics.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.analytics.IntegrationTestBase;
import com.bantu.common.error.ErrorKey;
import com.bantu.common.test.ForgedTokens;
import com.bantu.common.test.TestHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** This service's share of "no 500 a client can cause": its JPA-paged alert list, token claims, {@code /error}. */
class ErrorsIT extends IntegrationTestBase {

    private static final String ALERTS = "/api/analytics-monitoring/monitoring/alerts";

    @Test
    void theAlertListBoundsPage() {
        TestHttp.Resp r = http.get(ALERTS + "?page=2147483647", token("ADMIN"));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.fields()).containsExactly("page");
        assertThat(http.get(ALERTS + "?page=2147483647&size=1", token("ADMIN")).status()).isEqualTo(200);
    }

    @Test
    void wrongTypeClaimsAre401() {
        for (String token : ForgedTokens.wrongClaimTypes(SECRET)) {
            TestHttp.Resp r = http.get(ALERTS, token);
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.headers().get("x-error-key")).containsExactly(ErrorKey.TOKEN_INVALID.key());
        }
    }

    @Test
    void errorIsNot500AndXmlStillGetsTheEnvelope() {
        TestHttp.Resp error = http.get("/error", null);
        assertThat(error.status()).as(error.toString()).isEqualTo(404);
        assertThat(error.body().get("code").asInt()).isEqualTo(404);
        TestHttp.Resp xml = http.send("GET", ALERTS, token("ADMIN"), null, Map.of("Accept", "application/xml"));
        assertThat(xml.status()).as(xml.toString()).isEqualTo(406);
        assertThat(xml.headers().get("content-type").get(0)).startsWith("application/json");
        assertThat(List.of(xml.body().get("code").asInt())).containsExactly(406);
    }
}

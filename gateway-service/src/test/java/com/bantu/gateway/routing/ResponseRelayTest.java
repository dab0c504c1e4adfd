package com.bantu.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.gateway.GatewayTestBase;
import com.bantu.gateway.support.Downstream;
import com.bantu.gateway.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies arrive byte for byte whichever way the gateway relays them: joined into one write (a Content-Length up to
 * 64 KiB), buffer by buffer (larger), or chunked (no Content-Length).
 */
class ResponseRelayTest extends GatewayTestBase {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ParameterizedTest
    @CsvSource({"0,false", "1,false", "700,false", "65536,false", "65537,false", "300000,false",
            "700,true", "300000,true"})
    void bodyIsRelayedUnchanged(int n, boolean chunked) throws Exception {
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/service-management/files/bytes?n=" + n + (chunked ? "&chunked" : "")))
                .header("Authorization", "Bearer " + Tokens.agent()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(Downstream.pattern(n));
        if (chunked) {
            assertThat(r.headers().firstValue("Content-Length")).isEmpty();
        } else {
            assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(n);
        }
    }
}

package com.bantu.common.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls against a started service (no MockMvc), returning the status and the parsed envelope. */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public TestHttp(String base) {
        this.base = base;
    }

    public static TestHttp local(int port) {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    public record Resp(int status, JsonNode body, String raw, Map<String, java.util.List<String>> headers) {

        public JsonNode data() {
            return body.get("data");
        }

        public String message() {
            return body.path("message").asText();
        }

        /** The first value of a response header (lower-case name), or an empty string. */
        public String header(String name) {
            java.util.List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? "" : values.get(0);
        }

        /** The field names of a 400's field-level messages. */
        public java.util.List<String> fields() {
            java.util.List<String> out = new java.util.ArrayList<>();
            data().forEach(e -> out.add(e.path("field").asText()));
            return out;
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    public Resp get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Resp post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    public Resp put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    public Resp delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    public Resp send(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = request(path);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        if (payload != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(payload));
        return exchange(b);
    }

    /** A request to {@code path} on this server, for what {@link #send} cannot say (raw bodies, methods, headers). */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    public Resp exchange(HttpRequest.Builder b) {
        HttpRequest request = b.build();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode node = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : parse(r.body());
            return new Resp(r.statusCode(), node, r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (RuntimeException e) {
            return JSON.createObjectNode().put("raw", s);
        }
    }
}

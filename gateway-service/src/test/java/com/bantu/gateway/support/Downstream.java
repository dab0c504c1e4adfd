package com.bantu.gateway.support;

import com.bantu.common.test.FakeService;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for a downstream service (JDK HttpServer on a random loopback port). Unlike
 * common-lib's {@link FakeService} (canned answers per exact path) it reflects each request back, which is what the
 * gateway's routing, header and streaming tests look at.
 * It echoes what it received, checks roles from the identity headers, sleeps on request, serves an OpenAPI
 * document and can leak its own CORS header:
 * <ul>
 *   <li>{@code /v3/api-docs}: a small OpenAPI document titled with the server's name;</li>
 *   <li>{@code /api/.../slow?ms=N}: answers after N ms;</li>
 *   <li>{@code /api/.../admin-only}: 403 unless {@code X-User-Roles} contains ADMIN (as a service's role check);</li>
 *   <li>{@code /api/.../cors-leak}: adds {@code Access-Control-Allow-Origin: *};</li>
 *   <li>{@code /api/.../bytes?n=N[&chunked]}: N bytes of {@link #pattern}, with a Content-Length or chunked;</li>
 *   <li>anything else: 200 with {@code data = {service, method, path, query, headers, body}}.</li>
 * </ul>
 */
public final class Downstream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService pool;
    private final String name;
    private final AtomicInteger hits = new AtomicInteger();

    private Downstream(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "downstream-" + name);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public static Downstream start(String name) {
        try {
            return new Downstream(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port nobody listens on (a service that is down). */
    public static int closedPort() {
        return FakeService.closedPort();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int hits() {
        return hits.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        hits.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery();
            byte[] requestBody = ex.getRequestBody().readAllBytes();
            if (path.equals("/v3/api-docs")) {
                send(ex, 200, Map.of("openapi", "3.1.0", "info", Map.of("title", name + " stub", "version", "1"),
                        "servers", java.util.List.of(Map.of("url", url(), "description", "Generated server url")),
                        "paths", Map.of("/api/x", Map.of("get", Map.of("operationId", "getX")))));
                return;
            }
            if (path.endsWith("/slow")) {
                long ms = query != null && query.startsWith("ms=") ? Long.parseLong(query.substring(3)) : 3000;
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (path.endsWith("/admin-only")) {
                String roles = ex.getRequestHeaders().getFirst("X-User-Roles");
                boolean admin = roles != null && java.util.Arrays.asList(roles.split(",")).contains("ADMIN");
                if (!admin) {
                    send(ex, 403, envelope(403, "权限不足", null));
                    return;
                }
            }
            if (path.endsWith("/bytes")) {
                int n = Integer.parseInt(query.replaceAll(".*n=(\\d+).*", "$1"));
                byte[] body = pattern(n);
                ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
                // JDK HttpServer: 0 = chunked, -1 = empty body with Content-Length: 0
                ex.sendResponseHeaders(200, query.contains("chunked") ? 0 : n == 0 ? -1 : n);
                try (OutputStream out = ex.getResponseBody()) {
                    for (int off = 0; off < n; off += 8192) {
                        out.write(body, off, Math.min(8192, n - off));
                        out.flush();
                    }
                }
                return;
            }
            if (path.endsWith("/cors-leak")) {
                ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("service", name);
            data.put("method", ex.getRequestMethod());
            data.put("path", path);
            data.put("query", query);
            data.put("headers", headers);
            data.put("body", new String(requestBody, java.nio.charset.StandardCharsets.UTF_8));
            send(ex, 200, envelope(200, "操作成功", data));
        }
    }

    /** The body {@code /bytes?n=N} sends: byte i is {@code (i * 31 + i / 251) mod 256}. */
    public static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + i / 251);
        }
        return b;
    }

    private static Map<String, Object> envelope(int code, String message, Object data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("message", message);
        m.put("data", data);
        m.put("timestamp", "2025-11-19T10:15:30.123456");
        return m;
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("X-Request-Id", String.valueOf(ex.getRequestHeaders().getFirst("X-Request-Id")));
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}

package com.bantu.common.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real local HTTP server (JDK HttpServer on an ephemeral port) standing in for another service: it serves
 * canned envelopes per path, counts calls and remembers what it was sent. Not a mock of anything of ours. The one
 * HTTP fake of every module's tests (InternalApiClient, service-management's foundation, analytics' sources).
 */
public final class FakeService {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, String body, long delayMillis) {
    }

    public record Received(String method, String path, Map<String, String> query, String authorization,
                           String body) {
    }

    private final HttpServer server;
    private final Map<String, Function<Map<String, String>, Response>> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Received, Response>> prefixes = new ConcurrentHashMap<>();

    private FakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-service");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeService start() {
        try {
            return new FakeService();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on ("the service is down"). */
    public static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        server.stop(0);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static String envelope(Object data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", 200);
        e.put("message", "操作成功");
        e.put("data", data);
        e.put("timestamp", LocalDateTime.now().toString());
        return JSON.writeValueAsString(e);
    }

    /** Serves {@code data} in a 200 envelope. */
    public FakeService data(String path, Object data) {
        routes.put(path, q -> new Response(200, envelope(data), 0));
        return this;
    }

    public FakeService route(String path, Function<Map<String, String>, Response> handler) {
        routes.put(path, handler);
        return this;
    }

    /**
     * Answers every path under {@code prefix} (e.g. {@code /internal/customers} for {@code /internal/customers/{id}})
     * from the whole request: method, path, query and body. An exact route wins; the longest prefix wins otherwise.
     */
    public FakeService under(String prefix, Function<Received, Response> handler) {
        prefixes.put(prefix, handler);
        return this;
    }

    public FakeService status(String path, int status, String body) {
        routes.put(path, q -> new Response(status, body, 0));
        return this;
    }

    public void reset() {
        routes.clear();
        prefixes.clear();
        hits.clear();
        received.clear();
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received last(String path) {
        Received out = null;
        for (Received r : received) {
            if (r.path().equals(path)) {
                out = r;
            }
        }
        return out;
    }

    private void handle(HttpExchange ex) {
        try {
            String path = ex.getRequestURI().getPath();
            Map<String, String> query = parseQuery(ex.getRequestURI().getRawQuery());
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(ex.getRequestMethod(), path, query,
                    ex.getRequestHeaders().getFirst("Authorization"), body);
            received.add(request);
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Function<Map<String, String>, Response> route = routes.get(path);
            Function<Received, Response> under = route != null ? null : prefixes.entrySet().stream()
                    .filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + "/"))
                    .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                    .map(Map.Entry::getValue).orElse(null);
            Response r = route != null ? route.apply(query)
                    : under != null ? under.apply(request)
                    : new Response(404, "{\"code\":404,\"message\":\"not found\",\"data\":null}", 0);
            if (r.delayMillis() > 0) {
                try {
                    Thread.sleep(r.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // the client gave up (timeout test): nothing to answer
        } finally {
            ex.close();
        }
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int i = pair.indexOf('=');
            String k = URLDecoder.decode(i < 0 ? pair : pair.substring(0, i), StandardCharsets.UTF_8);
            String v = i < 0 ? "" : URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8);
            q.put(k, v);
        }
        return q;
    }
}

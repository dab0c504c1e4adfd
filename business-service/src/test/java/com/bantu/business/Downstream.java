package com.bantu.business;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * foundation-service's {@code /internal/users/names} and service-management-service's {@code /internal/customers}
 * and {@code /internal/products}, as a real HTTP server on a random loopback port. Customer creation counts every
 * customer it creates (a repeated idempotency key returns the first one, as service-management does) and can be
 * slowed down; {@link #down} makes every call answer 503.
 */
public final class Downstream {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    public final Map<String, String> users = new ConcurrentHashMap<>();
    public final Map<String, String> customers = new ConcurrentHashMap<>();
    public final Map<String, String> products = new ConcurrentHashMap<>();
    public final Map<String, String> customersByKey = new ConcurrentHashMap<>();
    public final AtomicInteger customersCreated = new AtomicInteger();
    public final AtomicInteger createCalls = new AtomicInteger();
    public volatile long createDelayMs;
    /** Events delivered to {@code /internal/events} (workflow and finance both point here in tests). */
    public final java.util.List<JsonNode> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    public volatile boolean down;
    /** Approval signals sent to workflow-service ({@code /internal/instances/...}): path and body. */
    public final java.util.List<Map.Entry<String, JsonNode>> signals = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The status workflow-service answers a signal with (200 by default). */
    public volatile int signalStatus = 200;
    private final HttpServer server;

    private Downstream(HttpServer server) {
        this.server = server;
    }

    static Downstream start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(8));
            Downstream d = new Downstream(server);
            server.createContext("/internal/users/names", d::names);
            server.createContext("/internal/customers", d::customers);
            server.createContext("/internal/products", d::products);
            server.createContext("/internal/events", d::events);
            server.createContext("/internal/instances", d::signal);
            server.start();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void names(HttpExchange ex) throws IOException {
        if (refuse(ex)) {
            return;
        }
        Map<String, String> found = new HashMap<>();
        for (String id : ids(ex)) {
            if (users.containsKey(id)) {
                found.put(id, users.get(id));
            }
        }
        answer(ex, 200, found);
    }

    private void products(HttpExchange ex) throws IOException {
        if (refuse(ex)) {
            return;
        }
        Map<String, Object> found = new HashMap<>();
        for (String id : ids(ex)) {
            if (products.containsKey(id)) {
                found.put(id, Map.of("id", id, "name", products.get(id), "code", "P-" + id.substring(0, 4),
                        "unit", "piece"));
            }
        }
        answer(ex, 200, found);
    }

    private void events(HttpExchange ex) throws IOException {
        if (refuse(ex)) {
            return;
        }
        events.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
        answer(ex, 200, Map.of("outcome", "applied"));
    }

    private void signal(HttpExchange ex) throws IOException {
        if (refuse(ex)) {
            return;
        }
        signals.add(Map.entry(ex.getRequestURI().getPath(), JSON.readTree(ex.getRequestBody().readAllBytes())));
        if (signalStatus == 200) {
            answer(ex, 200, Map.of("status", "running"));
        } else {
            answer(ex, signalStatus, null);
        }
    }

    /** Payloads of the delivered events of {@code type}. */
    public java.util.List<JsonNode> events(String type) {
        return events.stream().filter(e -> type.equals(e.path("type").asString())).map(e -> e.get("payload"))
                .toList();
    }

    private void customers(HttpExchange ex) throws IOException {
        if (refuse(ex)) {
            return;
        }
        if ("POST".equals(ex.getRequestMethod())) {
            createCalls.incrementAndGet();
            JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
            sleep(createDelayMs);
            String key = body.path("idempotency_key").asString();
            String id;
            synchronized (this) {
                id = customersByKey.get(key);
                if (id == null) {
                    id = UUID.randomUUID().toString();
                    customers.put(id, body.path("name").asString());
                    customersByKey.put(key, id);
                    customersCreated.incrementAndGet();
                }
            }
            answer(ex, 200, customer(id));
            return;
        }
        String id = ex.getRequestURI().getPath().substring("/internal/customers/".length());
        if (!customers.containsKey(id)) {
            answer(ex, 404, null);
            return;
        }
        answer(ex, 200, customer(id));
    }

    private Map<String, Object> customer(String id) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("name", customers.get(id));
        c.put("level", null);
        c.put("owner_user_id", null);
        return c;
    }

    private boolean refuse(HttpExchange ex) throws IOException {
        if (down) {
            answer(ex, 503, null);
            return true;
        }
        return false;
    }

    private static String[] ids(HttpExchange ex) {
        String query = ex.getRequestURI().getRawQuery();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("ids=")) {
                    return URLDecoder.decode(part.substring(4), StandardCharsets.UTF_8).split(",");
                }
            }
        }
        return new String[0];
    }

    private static void sleep(long ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void answer(HttpExchange ex, int status, Object data) throws IOException {
        Map<String, Object> env = new HashMap<>();
        env.put("code", status);
        env.put("message", status == 200 ? "ok" : "error");
        env.put("data", data);
        byte[] out = JSON.writeValueAsBytes(env);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }
}

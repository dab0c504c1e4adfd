package com.bantu.business;

import com.bantu.common.test.FakeService;
import com.bantu.common.test.FakeService.Received;
import com.bantu.common.test.FakeService.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * What the other services answer in these tests, served by common-lib's {@link FakeService} (one real local HTTP
 * server): foundation-service's {@code /internal/users/names}, service-management-service's
 * {@code /internal/customers}, {@code /internal/products} and {@code /internal/product-dependencies},
 * workflow-service's {@code /internal/instances/…/signal} and the event consumers' {@code /internal/events}.
 * Customer creation counts every customer it creates (a repeated idempotency key returns the first one, as
 * service-management does) and can be slowed down; {@link #down} makes every call answer 503.
 */
public final class Downstream {

    public final Map<String, String> users = new ConcurrentHashMap<>();
    public final Map<String, String> customers = new ConcurrentHashMap<>();
    public final Map<String, String> products = new ConcurrentHashMap<>();
    /** Rows of service-management's product dependencies, in its {@code /internal/product-dependencies} shape. */
    public final List<Map<String, Object>> dependencies = new CopyOnWriteArrayList<>();
    public final Map<String, String> customersByKey = new ConcurrentHashMap<>();
    public final AtomicInteger customersCreated = new AtomicInteger();
    public final AtomicInteger createCalls = new AtomicInteger();
    /** {@code GET /internal/customers/{id}} calls answered (any status). */
    public final AtomicInteger customerLookups = new AtomicInteger();
    /** The row version a customer lookup answers with (0 when not set). */
    public final Map<String, Long> customerVersions = new ConcurrentHashMap<>();
    public volatile long createDelayMs;
    /** Events delivered to {@code /internal/events} (workflow and finance both point here in tests). */
    public final List<JsonNode> events = new CopyOnWriteArrayList<>();
    public volatile boolean down;
    /** Approval signals sent to workflow-service ({@code /internal/instances/...}): path and body. */
    public final List<Map.Entry<String, JsonNode>> signals = new CopyOnWriteArrayList<>();
    /** workflow-service's latest approval instance per order id ({@code GET /internal/instances/by-business/order/{id}}). */
    public final Map<String, Map<String, Object>> approvals = new ConcurrentHashMap<>();
    /** The status workflow-service answers a signal with (200 by default). */
    public volatile int signalStatus = 200;
    private final FakeService fake;

    private Downstream(FakeService fake) {
        this.fake = fake;
    }

    static Downstream start() {
        Downstream d = new Downstream(FakeService.start());
        d.fake.route("/internal/users/names", q -> d.guard(() -> ok(d.pick(d.users, q))));
        d.fake.route("/internal/products", q -> d.guard(() -> ok(d.products(q))));
        d.fake.route("/internal/product-dependencies", q -> d.guard(() -> ok(d.dependencies(q))));
        d.fake.under("/internal/customers", r -> d.guard(() -> d.customers(r)));
        d.fake.under("/internal/events", r -> d.guard(() -> {
            d.events.add(FakeService.JSON.readTree(r.body()));
            return ok(Map.of("outcome", "applied"));
        }));
        d.fake.under("/internal/instances", r -> d.guard(() -> {
            if ("GET".equals(r.method())) {
                Map<String, Object> instance = d.approvals.get(r.path().substring(r.path().lastIndexOf('/') + 1));
                return instance == null ? new Response(404, error(404), 0) : ok(instance);
            }
            d.signals.add(Map.entry(r.path(), FakeService.JSON.readTree(r.body())));
            return d.signalStatus == 200 ? ok(Map.of("status", "running"))
                    : new Response(d.signalStatus, error(d.signalStatus), 0);
        }));
        return d;
    }

    public String url() {
        return fake.url();
    }

    /** Payloads of the delivered events of {@code type}. */
    public List<JsonNode> events(String type) {
        return events.stream().filter(e -> type.equals(e.path("type").asString())).map(e -> e.get("payload"))
                .toList();
    }

    /** Declares that {@code productId} needs {@code dependsOn} ({@code required|recommended|optional}). */
    public void dependency(String productId, String dependsOn, String type) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", UUID.randomUUID().toString());
        row.put("product_id", productId);
        row.put("product_code", "P-" + productId.substring(0, 4));
        row.put("product_name", products.get(productId));
        row.put("depends_on_product_id", dependsOn);
        row.put("depends_on_product_code", "P-" + dependsOn.substring(0, 4));
        row.put("depends_on_product_name", products.get(dependsOn));
        row.put("dependency_type", type);
        row.put("description", null);
        dependencies.add(row);
    }

    private Response guard(java.util.function.Supplier<Response> answer) {
        return down ? new Response(503, error(503), 0) : answer.get();
    }

    private Map<String, String> pick(Map<String, String> from, Map<String, String> query) {
        Map<String, String> found = new HashMap<>();
        for (String id : ids(query.get("ids"))) {
            if (from.containsKey(id)) {
                found.put(id, from.get(id));
            }
        }
        return found;
    }

    private Map<String, Object> products(Map<String, String> query) {
        Map<String, Object> found = new HashMap<>();
        for (String id : ids(query.get("ids"))) {
            if (products.containsKey(id)) {
                found.put(id, Map.of("id", id, "name", products.get(id), "code", "P-" + id.substring(0, 4),
                        "unit", "piece"));
            }
        }
        return found;
    }

    private List<Map<String, Object>> dependencies(Map<String, String> query) {
        Set<String> ids = Set.copyOf(Arrays.asList(ids(query.get("product_ids"))));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : dependencies) {
            if (ids.contains((String) row.get("product_id"))) {
                out.add(row);
            }
        }
        return out;
    }

    private Response customers(Received r) {
        if ("POST".equals(r.method())) {
            createCalls.incrementAndGet();
            JsonNode body = FakeService.JSON.readTree(r.body());
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
            return ok(customer(id));
        }
        customerLookups.incrementAndGet();
        String id = r.path().substring("/internal/customers/".length());
        return customers.containsKey(id) ? ok(customer(id)) : new Response(404, error(404), 0);
    }

    private Map<String, Object> customer(String id) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("name", customers.get(id));
        c.put("level", null);
        c.put("owner_user_id", null);
        c.put("version", customerVersions.getOrDefault(id, 0L));
        return c;
    }

    private static String[] ids(String joined) {
        return joined == null || joined.isEmpty() ? new String[0] : joined.split(",");
    }

    private static Response ok(Object data) {
        return new Response(200, FakeService.envelope(data), 0);
    }

    private static String error(int status) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("code", status);
        env.put("message", "error");
        env.put("data", null);
        return FakeService.JSON.writeValueAsString(env);
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
}

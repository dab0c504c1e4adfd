import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The measuring half of bench/approvals.sh (run with `java bench/ApprovalsBench.java`). Plays business-service: its
 * POST /internal/events is a local HTTP server here that notes when each approval.approved arrives. Then:
 * 1. starts N order approvals through POST /internal/instances (service token), C at a time: instances per second;
 * 2. completes each review as ADMIN through POST /api/workflow/tasks/{id}/complete, C at a time (the task id is read
 *    first, untimed): p50/p99/max of the completion;
 * 3. waits for every approval.approved: delivery lag per event (arrival minus the completion's response) and from
 *    the last completion to the last arrival.
 * Prints "key value" lines. Arguments: baseUrl secret stubPort orders concurrency [slowAuditMs]
 * slowAuditMs (default 0): the stand-in holds every audit.recorded delivery (foundation-service's events) that long
 * before answering, as a slow foundation would, to see whether it holds back approval.approved to business-service.
 */
public class ApprovalsBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Pattern INSTANCE_ID = Pattern.compile("\"instance_id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern TASK_ID = Pattern.compile("\"tasks\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"data\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] a) throws Exception {
        try {
            run(a);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the stand-in server's threads would keep the JVM (and the calling script) alive
        }
        System.exit(0);
    }

    static void run(String[] a) throws Exception {
        String base = a[0];
        String secret = a[1];
        int stubPort = Integer.parseInt(a[2]);
        int orders = Integer.parseInt(a[3]);
        int concurrency = Integer.parseInt(a[4]);
        long slowAuditMs = a.length > 5 ? Long.parseLong(a[5]) : 0;
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", stubPort), 0);
        stub.createContext("/internal/events", ex -> {
            long now = System.nanoTime();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher t = TYPE.matcher(body);
            Matcher i = INSTANCE_ID.matcher(body);
            boolean typed = t.find();
            if (typed && "approval.approved".equals(t.group(1)) && i.find()) {
                arrivals.putIfAbsent(i.group(1), now);
            }
            if (typed && slowAuditMs > 0 && "audit.recorded".equals(t.group(1))) {
                try {
                    Thread.sleep(slowAuditMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] out = "{\"code\":200,\"message\":\"ok\",\"data\":null}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        // one thread per open connection: a held audit delivery never blocks the stand-in's business side
        stub.setExecutor(Executors.newCachedThreadPool());
        stub.start();
        String service = token(secret, "business-service", "SERVICE");
        String admin = token(secret, UUID.randomUUID().toString(), "ADMIN");
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);

        // warm-up on a few orders (not counted)
        for (int w = 0; w < 20; w++) {
            String id = start(base, service);
            complete(base, admin, taskOf(base, admin, id));
        }
        arrivals.clear();

        long t0 = System.nanoTime();
        List<Future<String>> started = new ArrayList<>();
        for (int n = 0; n < orders; n++) {
            started.add(pool.submit(() -> start(base, service)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : started) {
            ids.add(f.get());
        }
        double startSeconds = (System.nanoTime() - t0) / 1e9;

        List<String> tasks = new ArrayList<>();
        for (String id : ids) {
            tasks.add(taskOf(base, admin, id));
        }
        Map<String, Long> completedAt = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            String id = ids.get(n);
            String task = tasks.get(n);
            done.add(pool.submit(() -> {
                long s = System.nanoTime();
                complete(base, admin, task);
                long e = System.nanoTime();
                latencies.add((e - s) / 1e6);
                completedAt.put(id, e);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long lastCompletion = Collections.max(completedAt.values());
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && !arrivals.keySet().containsAll(ids)) {
            Thread.sleep(20);
        }
        pool.shutdownNow();
        stub.stop(0);
        List<Double> lags = new ArrayList<>();
        long lastArrival = 0;
        int delivered = 0;
        for (String id : ids) {
            Long at = arrivals.get(id);
            if (at != null) {
                delivered++;
                lastArrival = Math.max(lastArrival, at);
                lags.add(Math.max(0, at - completedAt.get(id)) / 1e6);
            }
        }
        Collections.sort(latencies);
        Collections.sort(lags);
        System.out.printf(Locale.ROOT, "orders %d%nconcurrency %d%ninstances_per_second %.1f%n", orders, concurrency,
                orders / startSeconds);
        System.out.printf(Locale.ROOT, "complete_p50_ms %.1f%ncomplete_p99_ms %.1f%ncomplete_max_ms %.1f%n",
                pct(latencies, 50), pct(latencies, 99), latencies.get(latencies.size() - 1));
        System.out.printf(Locale.ROOT, "delivered %d%nlag_p50_ms %.1f%nlag_p99_ms %.1f%nlast_completion_to_last_event_ms %.1f%n",
                delivered, pct(lags, 50), pct(lags, 99),
                delivered == 0 ? Double.NaN : Math.max(0, lastArrival - lastCompletion) / 1e6);
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static String start(String base, String service) throws Exception {
        String order = UUID.randomUUID().toString();
        String body = "{\"definition_code\":\"order_approval\",\"business_type\":\"order\",\"business_id\":\"" + order
                + "\",\"variables\":{\"order_number\":\"B-" + order.substring(0, 8) + "\",\"final_amount\":1500000,"
                + "\"currency_code\":\"IDR\",\"sales_user_id\":\"" + UUID.randomUUID() + "\"}}";
        String r = post(base + "/internal/instances", service, body);
        Matcher m = ID.matcher(r);
        if (!m.find()) {
            throw new IllegalStateException("start: " + r);
        }
        return m.group(1);
    }

    static String taskOf(String base, String admin, String instanceId) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/workflow/instances/"
                + instanceId)).header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TASK_ID.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("task: " + r.body());
        }
        return m.group(1);
    }

    static void complete(String base, String admin, String task) throws Exception {
        post(base + "/api/workflow/tasks/" + task + "/complete", admin, "{\"outcome\":\"approved\",\"comment\":\"bench\"}");
    }

    static String post(String url, String token, String body) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String token(String secret, String subject, String role) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"sub\":\"" + subject + "\",\"iss\":\"bantu-crm\",\"jti\":\""
                + UUID.randomUUID() + "\",\"iat\":" + now + ",\"exp\":" + (now + 7200) + ",\"username\":\"bench\","
                + "\"roles\":[\"" + role + "\"],\"type\":\"access\"}").getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sig = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
        return header + "." + payload + "." + sig;
    }
}

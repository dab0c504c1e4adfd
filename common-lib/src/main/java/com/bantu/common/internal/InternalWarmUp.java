package com.bantu.common.internal;

import com.bantu.common.security.JwtService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

/**
 * Calls this service's own {@code /internal/**} GET endpoints that other services read (listed in
 * {@code bantu.warmup.internal-paths}) a few times over loopback with a service token, after the web server has
 * started and before the service reports ready (runners run before readiness turns to accepting traffic). The
 * first calls of a fresh JVM load classes, prepare queries and fill the database's caches; without this, another
 * service's first call could outlast its read timeout (2 s) and its user get a 503 in the first minute after a
 * start. Answers are ignored (an unknown id's 404 warms the path too); the whole warm-up is bounded by
 * {@code bantu.warmup.budget} (10 s) and never fails the start.
 */
public class InternalWarmUp implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(InternalWarmUp.class);

    private final ApplicationContext context;
    private final JwtService jwt;
    private final String service;
    private final List<String> paths;
    private final int rounds;
    private final Duration budget;
    /** The last status each path answered (-1: no answer), for tests and the start-up line. */
    private final java.util.Map<String, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();

    public InternalWarmUp(ApplicationContext context, JwtService jwt, String service, List<String> paths,
                          int rounds, Duration budget) {
        this.context = context;
        this.jwt = jwt;
        this.service = service;
        this.paths = List.copyOf(paths);
        this.rounds = rounds;
        this.budget = budget;
    }

    /** {@code {path: last status}} of the warm-up (empty before it ran or when it had nothing to do). */
    public java.util.Map<String, Integer> statuses() {
        return java.util.Map.copyOf(statuses);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (paths.isEmpty() || rounds < 1 || !(context instanceof WebServerApplicationContext web)
                || web.getWebServer() == null) {
            return;
        }
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        int port = web.getWebServer().getPort();
        String token = jwt.issueServiceToken(service).token();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        int calls = 0;
        int answered = 0;
        try {
            for (int round = 0; round < rounds && System.nanoTime() < deadline; round++) {
                for (String path : paths) {
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                    calls++;
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + path))
                                .timeout(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1)))
                                .header("Authorization", "Bearer " + token).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
                        statuses.put(path, r.statusCode());
                        if (r.statusCode() < 500) {
                            answered++;
                        }
                    } catch (java.io.IOException e) {
                        statuses.put(path, -1);
                        log.debug("[InternalWarmUp] {} - {}", path, e.toString());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("[InternalWarmUp] {} calls to {} internal paths ({} answered below 500) in {} ms before ready, last "
                + "statuses {}", calls, paths.size(), answered, (System.nanoTime() - start) / 1_000_000, statuses);
    }
}

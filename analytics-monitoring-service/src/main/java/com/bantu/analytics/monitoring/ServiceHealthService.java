package com.bantu.analytics.monitoring;

import com.bantu.analytics.config.MonitoringProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Probes {@code <url>/actuator/health} of every configured service at once (asynchronous JDK HTTP client, one
 * timeout for each probe, so the whole answer takes at most about that timeout). HTTP 200 is healthy; any other
 * status, a timeout or a refused connection is unhealthy with the reason; a service without URL is unknown.
 */
@Service
public class ServiceHealthService {

    private final MonitoringProperties.Health props;
    private final Environment env;
    private final HttpClient client;

    public ServiceHealthService(MonitoringProperties props, Environment env) {
        this.props = props.health();
        this.env = env;
        this.client = HttpClient.newBuilder().connectTimeout(this.props.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public ServicesHealth check() {
        List<CompletableFuture<ServiceHealth>> probes = props.services().stream().map(this::probe).toList();
        List<ServiceHealth> results = probes.stream().map(CompletableFuture::join).toList();
        return new ServicesHealth(results, overall(results));
    }

    static String overall(List<ServiceHealth> results) {
        long unhealthy = results.stream().filter(r -> "unhealthy".equals(r.status())).count();
        long unknown = results.stream().filter(r -> "unknown".equals(r.status())).count();
        if (unhealthy == 0 && unknown == 0) {
            return "healthy";
        }
        return unhealthy * 2 >= results.size() && unhealthy > 0 ? "down" : "degraded";
    }

    private CompletableFuture<ServiceHealth> probe(MonitoringProperties.Target target) {
        String base = resolve(target.url());
        if (base == null) {
            return CompletableFuture.completedFuture(
                    new ServiceHealth(target.name(), "unknown", null, now(), "no URL configured"));
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(stripSlash(base) + "/actuator/health"))
                    .timeout(props.timeout()).GET().build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(
                    new ServiceHealth(target.name(), "unknown", null, now(), "invalid URL: " + base));
        }
        long started = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(props.timeout().toMillis() + 500, java.util.concurrent.TimeUnit.MILLISECONDS)
                .handle((response, error) -> {
                    double ms = SystemMetricsService.round((System.nanoTime() - started) / 1_000_000.0);
                    if (error == null) {
                        int code = response.statusCode();
                        return code == 200
                                ? new ServiceHealth(target.name(), "healthy", ms, now(), null)
                                : new ServiceHealth(target.name(), "unhealthy", ms, now(), "HTTP " + code);
                    }
                    return new ServiceHealth(target.name(), "unhealthy", null, now(), reason(error));
                });
    }

    private String resolve(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if ("self".equalsIgnoreCase(url.trim())) {
            String port = env.getProperty("local.server.port", env.getProperty("server.port", "8083"));
            return "http://127.0.0.1:" + port;
        }
        return url.trim();
    }

    private String reason(Throwable error) {
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (t instanceof HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
            return "timeout after " + props.timeout().toMillis() + " ms";
        }
        if (t instanceof java.net.ConnectException) {
            return "connection refused";
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

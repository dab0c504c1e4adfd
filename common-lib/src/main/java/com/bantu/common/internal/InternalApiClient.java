package com.bantu.common.internal;

import com.bantu.common.security.JwtService;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a service calls another service's {@code /internal/**} API:
 * <ul>
 *   <li>base URL of target {@code foundation} from {@code bantu.services.foundation.url};</li>
 *   <li>a service token (role {@code SERVICE}, subject = this service's name) minted by {@link JwtService} and reused
 *       until a minute before it expires;</li>
 *   <li>connect and read timeouts from {@code bantu.internal.*} (1 s / 2 s by default);</li>
 *   <li>Apache HttpClient 5 (classic, blocking on the caller's thread; pooled keep-alive connections, no thread per
 *       request): the connect timeout bounds the TCP connect and the wait for a pooled connection, the read timeout
 *       every wait for the answer's bytes. A GET is retried once at once when its pooled connection turns out to be
 *       dead ({@link NoRetryOnStatus}); nothing is retried on an answer (the library's default retries a 503 after a
 *       second) or on a timeout, and redirects are not followed. It replaced the JDK's {@code HttpClient}, which
 *       measured about 5 × the CPU per call on the caller's side (224 against 47 µs per small POST on loopback on
 *       JDK 17, bench/results/http-client.md);</li>
 *   <li>one Resilience4j circuit breaker per target service: after repeated failures calls fail at once for a while
 *       instead of each waiting for the timeout (4xx answers do not count as failures);</li>
 *   <li>the envelope {@code {code, message, data}} unwrapped into the caller's typed record;</li>
 *   <li>every failure is an {@link InternalCallException} naming the target ({@code foundation-service}), which the
 *       global exception handler answers as 503 in the envelope — or which the caller catches to degrade.</li>
 * </ul>
 * Never call it inside a database transaction: a slow target would hold the transaction, its row locks and a pooled
 * connection. Every call checks this and refuses with an {@link IllegalStateException}; resolve remote data before
 * the transaction starts or after it commits.
 */
public class InternalApiClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InternalApiClient.class);
    private static final boolean TX_AWARE = ClassUtils.isPresent(
            "org.springframework.transaction.support.TransactionSynchronizationManager",
            InternalApiClient.class.getClassLoader());
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final String caller;
    private final JwtService jwt;
    private final JsonMapper json;
    private final Function<String, String> urls;
    private final Clock clock;
    private final CloseableHttpClient http;
    private final RestClient client;
    private final CircuitBreakerConfig breakerConfig;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private volatile JwtService.IssuedToken token;

    /**
     * @param caller this service's name, the subject of its service tokens (e.g. {@code analytics-monitoring-service})
     * @param urls   target name ({@code foundation}) → base URL, null or blank when not configured
     */
    public InternalApiClient(String caller, JwtService jwt, JsonMapper json, InternalApiProperties props,
                             Function<String, String> urls, Clock clock) {
        this.caller = caller;
        this.jwt = jwt;
        this.json = json;
        this.urls = urls;
        this.clock = clock;
        this.http = httpClient(props);
        this.client = RestClient.builder().requestFactory(new HttpComponentsClientHttpRequestFactory(http)).build();
        InternalApiProperties.CircuitBreaker cb = props.circuitBreaker();
        this.breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowSize(Math.max(cb.windowSize(), cb.minimumCalls()))
                .minimumNumberOfCalls(cb.minimumCalls())
                .failureRateThreshold(cb.failureRate())
                .waitDurationInOpenState(cb.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .ignoreExceptions(HttpClientErrorException.class)
                .build();
    }

    /**
     * Pooled HTTP/1.1 keep-alive connections (up to 32 per target, 128 in all): a pooled connection idle for more
     * than a second is checked before reuse, one idle for 30 s is closed (the targets' servers close theirs later).
     */
    private static CloseableHttpClient httpClient(InternalApiProperties props) {
        Timeout connect = Timeout.of(props.connectTimeout());
        Timeout read = Timeout.of(props.readTimeout());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(32)
                        .setMaxConnTotal(128)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(read)
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(read)
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setRetryStrategy(new NoRetryOnStatus())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    /**
     * The library's retry rule for I/O errors (an idempotent request, once, and never after a timeout, a refused
     * connection or an unknown host: in practice a GET on a kept-alive connection the target had closed), without
     * its retries on a 429 or 503 answer, which would wait and call a struggling target again.
     */
    static final class NoRetryOnStatus extends DefaultHttpRequestRetryStrategy {
        NoRetryOnStatus() {
            super(1, TimeValue.ZERO_MILLISECONDS, List.of(InterruptedIOException.class, UnknownHostException.class,
                    ConnectException.class, ConnectionClosedException.class, NoRouteToHostException.class,
                    SSLException.class), List.of());
        }
    }

    /** Closes the pooled connections (Spring calls it when the context closes). */
    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    /** GET {@code path} of {@code service} (query values that are null are left out) → {@code data} as {@code type}. */
    public <T> T get(String service, String path, Map<String, ?> query, Class<T> type) {
        return call(service, HttpMethod.GET, path, query, null, Map.of(), json.constructType(type));
    }

    public <T> T get(String service, String path, Map<String, ?> query, TypeReference<T> type) {
        return call(service, HttpMethod.GET, path, query, null, Map.of(), json.constructType(type));
    }

    /** POST {@code body} as JSON → {@code data} as {@code type} ({@code Void.class}: ignore it). */
    public <T> T post(String service, String path, Object body, Class<T> type) {
        return call(service, HttpMethod.POST, path, Map.of(), body, Map.of(), json.constructType(type));
    }

    /** POST with extra request headers (e.g. {@code Idempotency-Key}). */
    public <T> T post(String service, String path, Object body, Map<String, String> headers, Class<T> type) {
        return call(service, HttpMethod.POST, path, Map.of(), body, headers, json.constructType(type));
    }

    /**
     * A request body the caller wrote as JSON itself (with a {@link #writerFor} writer it keeps): sent as these bytes,
     * not serialised again.
     */
    public record JsonBody(byte[] bytes) {
    }

    /** A writer of {@code type} with this client's JSON settings (snake_case), for {@link JsonBody}. */
    public ObjectWriter writerFor(Class<?> type) {
        return json.writerFor(type);
    }

    /** Whether {@code bantu.services.<service>.url} is set (a target that does not exist yet has it empty). */
    public boolean configured(String service) {
        String url = urls.apply(service);
        return url != null && !url.isBlank();
    }

    /** The breaker of one target (its state is what the health page and the tests look at). */
    public CircuitBreaker breaker(String service) {
        return breakers.computeIfAbsent(service, s -> CircuitBreaker.of("internal-" + s, breakerConfig));
    }

    /** {@code foundation} → {@code foundation-service}: how errors and logs name a target. */
    public static String displayName(String service) {
        return service.endsWith("-service") ? service : service + "-service";
    }

    /**
     * Refuses to go on inside an active database transaction (see the class comment). Callers that may answer from
     * a cache call it first too, so a path that would call out inside a transaction fails in every test, not only
     * when the cache is cold.
     */
    public static void requireNoTransaction(String what) {
        if (TX_AWARE && TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Remote call (" + what + ") inside a database transaction: resolve it "
                    + "before the transaction starts or after it commits");
        }
    }

    private <T> T call(String service, HttpMethod method, String path, Map<String, ?> query, Object body,
                       Map<String, String> headers, JavaType type) {
        String source = displayName(service);
        requireNoTransaction(source + " " + path);
        String base = urls.apply(service);
        if (base == null || base.isBlank()) {
            throw new InternalCallException(source, "no URL configured (bantu.services." + service + ".url)");
        }
        long started = System.nanoTime();
        try {
            T value = breaker(service).executeSupplier(() -> exchange(source, method, uri(base, path, query), body,
                    headers, type));
            if (log.isDebugEnabled()) {
                log.debug("[InternalApiClient] {} {} {} - success ({} ms)", source, method, path,
                        (System.nanoTime() - started) / 1_000_000);
            }
            return value;
        } catch (CallNotPermittedException e) {
            log.debug("[InternalApiClient] {} {} {} - circuit open", source, method, path);
            throw new InternalCallException(source, "circuit open after repeated failures");
        } catch (InternalCallException e) {
            log.warn("[InternalApiClient] {} {} {} - failure: {} ({} ms)", source, method, path, e.reason(),
                    (System.nanoTime() - started) / 1_000_000);
            throw e;
        } catch (RestClientResponseException e) {
            log.warn("[InternalApiClient] {} {} {} - failure: HTTP {} ({} ms)", source, method, path,
                    e.getStatusCode().value(), (System.nanoTime() - started) / 1_000_000);
            throw new InternalCallException(source, "HTTP " + e.getStatusCode().value(), e.getStatusCode().value(),
                    e.getResponseBodyAsString());
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            log.warn("[InternalApiClient] {} {} {} - failure: {} ({} ms)", source, method, path, reason,
                    (System.nanoTime() - started) / 1_000_000);
            throw new InternalCallException(source, reason);
        }
    }

    private <T> T exchange(String source, HttpMethod method, URI uri, Object body, Map<String, String> headers,
                           JavaType type) {
        RestClient.RequestBodySpec request = client.method(method).uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
                .accept(MediaType.APPLICATION_JSON);
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof JsonBody written ? written.bytes() : json.writeValueAsString(body));
        }
        String text = request.retrieve().body(String.class);
        JsonNode envelope = text == null || text.isBlank() ? null : json.readTree(text);
        if (envelope == null || !envelope.isObject() || envelope.path("code").asInt() != 200
                || !envelope.has("data")) {
            throw new InternalCallException(source, "not an envelope with code 200");
        }
        JsonNode data = envelope.get("data");
        if (type.hasRawClass(Void.class) || type.hasRawClass(void.class)) {
            return null;
        }
        if (data.isNull()) {
            throw new InternalCallException(source, "no data in the envelope");
        }
        try {
            return json.treeToValue(data, type);
        } catch (RuntimeException e) {
            throw new InternalCallException(source, "unexpected data: " + rootMessage(e));
        }
    }

    static URI uri(String base, String path, Map<String, ?> query) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (query.isEmpty() && plain(path)) {
            return URI.create(root + path); // nothing to encode: the builder would give the same URI
        }
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(root + path);
        query.forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        return b.build().encode().toUri();
    }

    /** Only characters that stand for themselves in a URI path (letters, digits, {@code / - _ . ~}). */
    private static boolean plain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-'
                    || c == '_' || c == '.' || c == '~')) {
                return false;
            }
        }
        return true;
    }

    /** This service's token, reused until a minute before it expires (it lives ten minutes). */
    private String serviceToken() {
        JwtService.IssuedToken t = token;
        if (t == null || t.expiresAt().isBefore(clock.instant().plus(RENEW_BEFORE))) {
            synchronized (this) {
                t = token;
                if (t == null || t.expiresAt().isBefore(clock.instant().plus(RENEW_BEFORE))) {
                    t = jwt.issueServiceToken(caller);
                    token = t;
                }
            }
        }
        return Objects.requireNonNull(t).token();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}

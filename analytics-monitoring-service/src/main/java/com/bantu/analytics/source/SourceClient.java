package com.bantu.analytics.source;

import com.bantu.analytics.config.AnalyticsMonitoringConfig;
import com.bantu.common.security.JwtService;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the owners' {@code /internal/stats/**} endpoints with a service token (cached until a minute before it
 * expires), a 1 s connect / 2 s read timeout and one circuit breaker per source, and unwraps the envelope's
 * {@code data}. Anything but a 200 envelope becomes a {@link SourceUnavailableException} naming the source.
 */
@Component
public class SourceClient {

    private static final Logger log = LoggerFactory.getLogger(SourceClient.class);

    private final RestClient client;
    private final JwtService jwt;
    private final JsonMapper json;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final CircuitBreakerConfig breakerConfig;
    private volatile JwtService.IssuedToken token;

    public SourceClient(JwtService jwt, JsonMapper json,
                        @Value("${bantu.sources.connect-timeout:1s}") Duration connectTimeout,
                        @Value("${bantu.sources.read-timeout:2s}") Duration readTimeout,
                        @Value("${bantu.sources.circuit-breaker.minimum-calls:5}") int minimumCalls,
                        @Value("${bantu.sources.circuit-breaker.open-for:10s}") Duration openFor) {
        this.jwt = jwt;
        this.json = json;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        factory.setReadTimeout(readTimeout);
        this.client = RestClient.builder().requestFactory(factory).build();
        this.breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowSize(Math.max(10, minimumCalls))
                .minimumNumberOfCalls(minimumCalls)
                .failureRateThreshold(50)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(2)
                .build();
    }

    /** GET {@code baseUrl + path} (query parameters appended, null values left out) and return its {@code data}. */
    public JsonNode get(String source, String baseUrl, String path, Map<String, String> query) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new SourceUnavailableException(source, "no URL configured");
        }
        CircuitBreaker breaker = breaker(source);
        try {
            return breaker.executeSupplier(() -> fetch(source, baseUrl, path, query));
        } catch (CallNotPermittedException e) {
            throw new SourceUnavailableException(source, "circuit open after repeated failures");
        } catch (SourceUnavailableException e) {
            throw e;
        } catch (RestClientResponseException e) {
            log.warn("[SourceClient] {} {} - failure: HTTP {}", source, path, e.getStatusCode().value());
            throw new SourceUnavailableException(source, "HTTP " + e.getStatusCode().value());
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            log.warn("[SourceClient] {} {} - failure: {}", source, path, reason);
            throw new SourceUnavailableException(source, reason);
        }
    }

    public CircuitBreaker breaker(String source) {
        return breakers.computeIfAbsent(source, s -> CircuitBreaker.of("source-" + s, breakerConfig));
    }

    private JsonNode fetch(String source, String baseUrl, String path, Map<String, String> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(stripSlash(baseUrl) + path);
        query.forEach((k, v) -> {
            if (v != null) {
                uri.queryParam(k, v);
            }
        });
        String body = client.get()
                .uri(uri.build().encode().toUri())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
                .retrieve()
                .body(String.class);
        JsonNode envelope = body == null || body.isBlank() ? null : json.readTree(body);
        if (envelope == null || envelope.path("code").asInt() != 200 || !envelope.has("data")
                || !envelope.get("data").isObject()) {
            throw new SourceUnavailableException(source, "unexpected response");
        }
        return envelope.get("data");
    }

    private String serviceToken() {
        JwtService.IssuedToken t = token;
        if (t == null || t.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
            t = jwt.issueServiceToken(AnalyticsMonitoringConfig.SERVICE_NAME);
            token = t;
        }
        return t.token();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

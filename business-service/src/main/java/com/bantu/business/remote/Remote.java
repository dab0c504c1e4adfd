package com.bantu.business.remote;

import com.bantu.common.error.ApiException;
import com.bantu.common.security.JwtService;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One downstream service's {@code /internal/**} API: a service token (role SERVICE), connect and read timeouts, and
 * a circuit breaker. A 404 answer is "not found" (empty); a timeout, refusal, 5xx or an open breaker is a quick 503
 * in the envelope. Never called inside a database transaction.
 */
public class Remote {

    private static final Logger log = LoggerFactory.getLogger(Remote.class);
    public static final String UNAVAILABLE = "服务暂不可用，请稍后重试";

    private final String name;
    private final RestClient client;
    private final JwtService jwt;
    private final JsonMapper json;
    private final CircuitBreaker breaker;
    private volatile JwtService.IssuedToken token;

    public Remote(String name, String baseUrl, JwtService jwt, JsonMapper json, Duration connectTimeout,
                  Duration readTimeout) {
        this.name = name;
        this.jwt = jwt;
        this.json = json;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        factory.setReadTimeout(readTimeout);
        this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .permittedNumberOfCallsInHalfOpenState(2)
                .ignoreExceptions(HttpClientErrorException.class)
                .build());
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    /** GET {@code path}: the envelope's {@code data}, or empty on 404. */
    public Optional<JsonNode> get(String path, Function<org.springframework.web.util.UriBuilder,
            java.net.URI> uri) {
        return call(() -> client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer()).retrieve()
                .body(String.class), path);
    }

    /** POST a JSON body to {@code path}: the envelope's {@code data}, or empty on 404. */
    public Optional<JsonNode> post(String path, Object body) {
        return call(() -> client.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(body)).retrieve().body(String.class), path);
    }

    private Optional<JsonNode> call(java.util.function.Supplier<String> request, String path) {
        try {
            String body = breaker.executeSupplier(request::get);
            JsonNode data = body == null ? null : json.readTree(body).get("data");
            return Optional.ofNullable(data == null || data.isNull() ? null : data);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().value() == 404) {
                return Optional.empty();
            }
            log.warn("[{}] {} - answered {}", name, path, e.getStatusCode().value());
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
        } catch (CallNotPermittedException open) {
            log.debug("[{}] {} - circuit open", name, path);
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
        } catch (RuntimeException e) {
            log.warn("[{}] {} - failure: {}", name, path, e.getClass().getSimpleName());
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
        }
    }

    /** A service token, reused until a minute before it expires. */
    private String bearer() {
        JwtService.IssuedToken t = token;
        if (t == null || t.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
            synchronized (this) {
                t = token;
                if (t == null || t.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
                    t = jwt.issueServiceToken("business-service");
                    token = t;
                }
            }
        }
        return "Bearer " + Objects.requireNonNull(t).token();
    }
}

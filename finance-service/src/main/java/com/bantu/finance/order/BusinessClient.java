package com.bantu.finance.order;

import com.bantu.common.security.JwtService;
import com.bantu.finance.config.FinanceConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * business-service's {@code /internal} API: orders ({@code GET /internal/orders/{id}}) and notifications
 * ({@code POST /internal/notifications}). A service token (reused until a minute before it expires), 1 s connect /
 * 2 s read timeouts and one circuit breaker; never called inside a database transaction.
 */
@Component
public class BusinessClient {

    private static final Logger log = LoggerFactory.getLogger(BusinessClient.class);

    private final RestClient client;
    private final JwtService jwt;
    private final JsonMapper json;
    private final CircuitBreaker breaker;
    private volatile JwtService.IssuedToken token;

    public BusinessClient(JwtService jwt, JsonMapper json,
                          @Value("${bantu.services.business.url}") String baseUrl,
                          @Value("${bantu.business.connect-timeout:1s}") Duration connectTimeout,
                          @Value("${bantu.business.read-timeout:2s}") Duration readTimeout) {
        this.jwt = jwt;
        this.json = json;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        factory.setReadTimeout(readTimeout);
        this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
        this.breaker = CircuitBreaker.of("business", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .permittedNumberOfCallsInHalfOpenState(2)
                .ignoreExceptions(HttpClientErrorException.NotFound.class)
                .build());
    }

    /**
     * The order, or empty when business answers 404.
     *
     * @throws BusinessUnavailableException when business is down, slow or its breaker is open
     */
    public Optional<OrderSnapshot> order(String orderId) {
        try {
            return breaker.executeSupplier(() -> {
                try {
                    String body = client.get().uri("/internal/orders/{id}", orderId)
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
                            .retrieve().body(String.class);
                    JsonNode data = body == null ? null : json.readTree(body).get("data");
                    if (data == null || !data.isObject()) {
                        throw new IllegalStateException("unexpected response");
                    }
                    OrderSnapshot s = json.treeToValue(data, OrderSnapshot.class);
                    return Optional.of(s.id() == null ? withId(s, orderId) : s);
                } catch (HttpClientErrorException.NotFound e) {
                    return Optional.<OrderSnapshot>empty();
                }
            });
        } catch (CallNotPermittedException e) {
            throw new BusinessUnavailableException("circuit open");
        } catch (RuntimeException e) {
            log.warn("[BusinessClient] order - failure: {}", e.getClass().getSimpleName());
            throw new BusinessUnavailableException(e.getClass().getSimpleName());
        }
    }

    /** Sends one notification; false (logged) when business is absent, slow or refuses — callers carry on. */
    public boolean notify(Map<String, Object> notification) {
        try {
            breaker.executeRunnable(() -> client.post().uri("/internal/notifications")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(notification))
                    .retrieve().toBodilessEntity());
            return true;
        } catch (CallNotPermittedException e) {
            log.debug("[BusinessClient] notify - circuit open, notification dropped");
            return false;
        } catch (RuntimeException e) {
            log.warn("[BusinessClient] notify - failure: {} (notification dropped)", e.getClass().getSimpleName());
            return false;
        }
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    private static OrderSnapshot withId(OrderSnapshot s, String id) {
        return new OrderSnapshot(id, s.orderNumber(), s.customerId(), s.customerName(), s.salesUserId(),
                s.organizationId(), s.currencyCode(), s.finalAmount(), s.exchangeRate(), s.statusCode());
    }

    private String serviceToken() {
        JwtService.IssuedToken t = token;
        if (t == null || t.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
            synchronized (this) {
                t = token;
                if (t == null || t.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
                    t = jwt.issueServiceToken(FinanceConfig.SERVICE_NAME);
                    token = t;
                }
            }
        }
        return Objects.requireNonNull(t).token();
    }
}

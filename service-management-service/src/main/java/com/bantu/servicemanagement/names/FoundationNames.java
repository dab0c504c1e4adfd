package com.bantu.servicemanagement.names;

import com.bantu.common.security.JwtService;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Display names of users and organizations, which foundation-service owns: {@code GET /internal/users/names} and
 * {@code GET /internal/organizations/names} with a service token. Names are cached for a short time (also "unknown
 * id"), calls have a 1 s connect and 2 s read timeout and go through a circuit breaker. When foundation is down or
 * slow, a name is simply absent (the caller shows null) and the request that needed it still succeeds.
 */
@Component
public class FoundationNames {

    private static final Logger log = LoggerFactory.getLogger(FoundationNames.class);
    private static final int CHUNK = 100;
    private static final int MAX_CACHED = 20_000;

    private record Cached(String name, Instant expires) {
    }

    private final RestClient client;
    private final JwtService jwt;
    private final JsonMapper json;
    private final Duration ttl;
    private final CircuitBreaker breaker;
    private final Map<String, Cached> users = new ConcurrentHashMap<>();
    private final Map<String, Cached> organizations = new ConcurrentHashMap<>();
    private volatile JwtService.IssuedToken token;

    public FoundationNames(JwtService jwt, JsonMapper json,
                           @Value("${bantu.services.foundation.url}") String baseUrl,
                           @Value("${bantu.names.cache-ttl:60s}") Duration ttl,
                           @Value("${bantu.names.connect-timeout:1s}") Duration connectTimeout,
                           @Value("${bantu.names.read-timeout:2s}") Duration readTimeout) {
        this.jwt = jwt;
        this.json = json;
        this.ttl = ttl;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        factory.setReadTimeout(readTimeout);
        this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
        this.breaker = CircuitBreaker.of("foundation-names", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
    }

    /** {@code {user id: display name}} for the ids foundation knows; absent when unknown or unreachable. */
    public Map<String, String> users(Collection<String> ids) {
        return resolve("users", users, ids);
    }

    public Map<String, String> organizations(Collection<String> ids) {
        return resolve("organizations", organizations, ids);
    }

    public String user(String id) {
        return id == null ? null : users(List.of(id)).get(id);
    }

    public String organization(String id) {
        return id == null ? null : organizations(List.of(id)).get(id);
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    public void clearCache() {
        users.clear();
        organizations.clear();
    }

    private Map<String, String> resolve(String kind, Map<String, Cached> cache, Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        Instant now = Instant.now();
        for (String id : new LinkedHashSet<>(ids)) {
            if (id == null || id.isBlank()) {
                continue;
            }
            Cached c = cache.get(id);
            if (c != null && c.expires().isAfter(now)) {
                if (c.name() != null) {
                    out.put(id, c.name());
                }
            } else {
                missing.add(id);
            }
        }
        for (int i = 0; i < missing.size(); i += CHUNK) {
            List<String> chunk = missing.subList(i, Math.min(missing.size(), i + CHUNK));
            try {
                Map<String, String> fetched = breaker.executeSupplier(() -> fetch(kind, chunk));
                if (cache.size() > MAX_CACHED) {
                    cache.entrySet().removeIf(e -> e.getValue().expires().isBefore(now));
                    if (cache.size() > MAX_CACHED) {
                        cache.clear();
                    }
                }
                Instant expires = now.plus(ttl);
                chunk.forEach(id -> cache.put(id, new Cached(fetched.get(id), expires)));
                out.putAll(fetched);
            } catch (CallNotPermittedException open) {
                log.debug("[FoundationNames] {} - circuit open, names left empty", kind);
                break;
            } catch (RuntimeException e) {
                log.warn("[FoundationNames] {} - failure: {} (names left empty)", kind, e.getClass().getSimpleName());
                break;
            }
        }
        return out;
    }

    private Map<String, String> fetch(String kind, List<String> ids) {
        String body = client.get()
                .uri(b -> b.path("/internal/" + kind + "/names").queryParam("ids", String.join(",", ids)).build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken())
                .retrieve()
                .body(String.class);
        Map<String, String> names = new HashMap<>();
        JsonNode data = body == null ? null : json.readTree(body).get("data");
        if (data != null && data.isObject()) {
            data.properties().forEach(e -> {
                if (e.getValue() != null && !e.getValue().isNull()) {
                    names.put(e.getKey(), e.getValue().asString());
                }
            });
        }
        return names;
    }

    /** A service token, reused until a minute before it expires (it lives ten minutes). */
    private String serviceToken() {
        JwtService.IssuedToken t = token;
        if (t == null || t.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
            synchronized (this) {
                t = token;
                if (t == null || t.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
                    t = jwt.issueServiceToken("service-management-service");
                    token = t;
                }
            }
        }
        return Objects.requireNonNull(t).token();
    }
}

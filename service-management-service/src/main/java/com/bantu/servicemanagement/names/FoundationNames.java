package com.bantu.servicemanagement.names;

import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.internal.InternalCallException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * Display names of users and organizations, which foundation-service owns: {@code GET /internal/users/names} and
 * {@code GET /internal/organizations/names} ({@code ?ids=a,b} → {@code {id: name}}, at most 100 ids a call).
 * The call itself (service token, timeouts, breaker, envelope) is common-lib's {@link InternalApiClient}; this class
 * adds a short cache (also of "unknown id") and degrades: when foundation is down or slow a name is simply absent
 * (the caller shows null) and the request that needed it still succeeds. Never called inside a database
 * transaction: the services resolve names after their transaction commits (it refuses otherwise).
 */
@Component
public class FoundationNames {

    private static final Logger log = LoggerFactory.getLogger(FoundationNames.class);
    private static final String FOUNDATION = "foundation";
    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() { };
    private static final int CHUNK = 100;
    private static final int MAX_CACHED = 20_000;

    private record Cached(String name, Instant expires) {
    }

    private final InternalApiClient client;
    private final Duration ttl;
    private final Map<String, Cached> users = new ConcurrentHashMap<>();
    private final Map<String, Cached> organizations = new ConcurrentHashMap<>();

    public FoundationNames(InternalApiClient client, @Value("${bantu.names.cache-ttl:60s}") Duration ttl) {
        this.client = client;
        this.ttl = ttl;
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
        return client.breaker(FOUNDATION);
    }

    public void clearCache() {
        users.clear();
        organizations.clear();
    }

    private Map<String, String> resolve(String kind, Map<String, Cached> cache, Collection<String> ids) {
        // checked before the cache, so a caller inside a transaction fails in tests even when names are cached
        InternalApiClient.requireNoTransaction("foundation " + kind + " names");
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
            Map<String, String> fetched;
            try {
                fetched = client.get(FOUNDATION, "/internal/" + kind + "/names",
                        Map.of("ids", String.join(",", chunk)), NAMES);
            } catch (InternalCallException e) {
                log.debug("[FoundationNames] {} - {} (names left empty)", kind, e.reason());
                break;
            }
            if (cache.size() > MAX_CACHED) {
                cache.entrySet().removeIf(e -> e.getValue().expires().isBefore(now));
                if (cache.size() > MAX_CACHED) {
                    cache.clear();
                }
            }
            Instant expires = now.plus(ttl);
            chunk.forEach(id -> cache.put(id, new Cached(fetched.get(id), expires)));
            out.putAll(fetched);
        }
        return out;
    }
}

package com.bantu.business.remote;

import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.internal.InternalCallException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/**
 * foundation-service's {@code GET /internal/users/names?ids=} through common-lib's {@link InternalApiClient}, cached
 * briefly. Used for {@code sales_username}, {@code owner_username}, {@code created_by_name}; {@link #exists} proves
 * that a user id named in a request exists (503 when foundation cannot answer). Display-only lookups degrade to null.
 * Never calls out inside a database transaction ({@link #exists} refuses, {@link #names} answers from the cache).
 */
@Component
public class Foundation {

    static final String SERVICE = "foundation";

    private record Cached(String name, Instant expires) {
    }

    private final InternalApiClient client;
    private final Duration ttl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Foundation(InternalApiClient client, @Value("${bantu.names.cache-ttl:60s}") Duration ttl) {
        this.client = client;
        this.ttl = ttl;
    }

    /**
     * Names of the given users; unknown ids and an unreachable foundation leave names out. Inside a database
     * transaction nothing is fetched (no remote call may hold the transaction): names come from the cache, and the
     * caller's own name from the verified token when it is not cached.
     */
    public Map<String, String> names(Collection<String> ids) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return cachedOrCaller(ids);
        }
        try {
            return fetch(ids);
        } catch (InternalCallException e) {
            return cachedOrCaller(ids);
        }
    }

    private Map<String, String> cachedOrCaller(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        Instant now = Instant.now();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        BantuPrincipal caller = auth != null && auth.getPrincipal() instanceof BantuPrincipal p ? p : null;
        for (String id : ids) {
            if (id == null) {
                continue;
            }
            Cached c = cache.get(id);
            if (c != null && c.name() != null && c.expires().isAfter(now)) {
                out.put(id, c.name());
            } else if (caller != null && id.equals(caller.userId()) && caller.username() != null) {
                out.put(id, caller.username());
            }
        }
        return out;
    }

    public String name(String id) {
        return id == null ? null : names(List.of(id)).get(id);
    }

    /** True when foundation knows the user; a 503 when foundation cannot answer. */
    public boolean exists(String id) {
        InternalApiClient.requireNoTransaction("foundation-service user lookup");
        return fetch(List.of(id)).containsKey(id);
    }

    private Map<String, String> fetch(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        Instant now = Instant.now();
        for (String id : ids) {
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
        if (missing.isEmpty()) {
            return out;
        }
        if (cache.size() > 20_000) {
            cache.clear();
        }
        JsonNode data = client.get(SERVICE, "/internal/users/names", Map.of("ids", String.join(",", missing)),
                JsonNode.class);
        Map<String, String> found = new HashMap<>();
        if (data != null && data.isObject()) {
            data.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    found.put(e.getKey(), e.getValue().asString());
                }
            });
        }
        Instant expires = now.plus(ttl);
        missing.forEach(id -> cache.put(id, new Cached(found.get(id), expires)));
        out.putAll(found);
        return out;
    }
}

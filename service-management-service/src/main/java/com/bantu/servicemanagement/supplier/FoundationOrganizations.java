package com.bantu.servicemanagement.supplier;

import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.internal.InternalCallException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Organizations as foundation-service serves them to other services ({@code GET /internal/organizations} and
 * {@code /internal/organizations/{id}}), through common-lib's {@link InternalApiClient} (service token, timeouts,
 * breaker). A supplier page cannot be answered without them, so an unreachable foundation is a 503 (the client's
 * exception); an unknown id is empty. Never called inside a transaction (the client refuses).
 */
@Component
class FoundationOrganizations {

    private static final String FOUNDATION = "foundation";

    /** The fields of an organization this service uses. */
    record Organization(String id, String name, String code, String organizationType, String email, String phone,
                        boolean isActive, boolean isLocked, LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    record Page(List<Organization> records, long total) {
    }

    private final InternalApiClient client;

    FoundationOrganizations(InternalApiClient client) {
        this.client = client;
    }

    Page vendors(String name, String code, Boolean isActive, Boolean isLocked, int page, int size) {
        Map<String, Object> query = new HashMap<>();
        query.put("organization_type", "vendor");
        query.put("name", name);
        query.put("code", code);
        query.put("is_active", isActive);
        query.put("is_locked", isLocked);
        query.put("page", page);
        query.put("size", size);
        return client.get(FOUNDATION, "/internal/organizations", query, Page.class);
    }

    Optional<Organization> byId(String id) {
        if (!id.matches("[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.get(FOUNDATION, "/internal/organizations/" + id, Map.of(), Organization.class));
        } catch (InternalCallException e) {
            if (e.upstreamStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}

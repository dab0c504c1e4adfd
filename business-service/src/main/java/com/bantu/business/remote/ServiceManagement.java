package com.bantu.business.remote;

import com.bantu.common.security.JwtService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * service-management-service's internal API: a customer by id (existence, name, level), creating a customer for a
 * converted lead (idempotent on a key this service chooses), and product names/codes for item snapshots.
 */
@Component
public class ServiceManagement {

    public record Customer(String id, String name, String level, String ownerUserId) {
    }

    public record Product(String id, String name, String code, String unit) {
    }

    private final Remote remote;

    public ServiceManagement(JwtService jwt, JsonMapper json,
                             @Value("${bantu.services.service-management.url}") String url,
                             @Value("${bantu.remote.connect-timeout:1s}") Duration connect,
                             @Value("${bantu.remote.read-timeout:3s}") Duration read) {
        this.remote = new Remote("service-management", url, jwt, json, connect, read);
    }

    /** The customer, empty when service-management does not know it (503 when it cannot answer). */
    public Optional<Customer> customer(String id) {
        return remote.get("/internal/customers/{id}", b -> b.path("/internal/customers/{id}").build(id))
                .map(ServiceManagement::customerOf);
    }

    /**
     * Creates (or, for a key seen before, returns) the customer: {@code POST /internal/customers}. The body carries
     * {@code idempotency_key}, so a retry after a lost answer never creates a second customer.
     */
    public Customer createCustomer(Map<String, Object> body) {
        return remote.post("/internal/customers", body).map(ServiceManagement::customerOf)
                .orElseThrow(() -> new IllegalStateException("service-management returned no customer"));
    }

    /** Products by id (names and codes to snapshot); unknown ids are absent. */
    public Map<String, Product> products(Collection<String> ids) {
        Map<String, Product> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String joined = String.join(",", ids);
        remote.get("/internal/products", b -> b.path("/internal/products").queryParam("ids", joined).build())
                .ifPresent(data -> data.properties().forEach(e -> out.put(e.getKey(), new Product(e.getKey(),
                        text(e.getValue(), "name"), text(e.getValue(), "code"), text(e.getValue(), "unit")))));
        return out;
    }

    private static Customer customerOf(JsonNode n) {
        return new Customer(text(n, "id"), text(n, "name"), text(n, "level"), text(n, "owner_user_id"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}

package com.bantu.business.remote;

import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.internal.InternalCallException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * service-management-service's internal API through common-lib's {@link InternalApiClient}: a customer by id
 * (existence, name, level), creating a customer for a converted lead (idempotent on a key this service chooses),
 * product names/codes for item snapshots and the product dependencies among chosen products. Never called inside a
 * database transaction; an unreachable service-management is a 503 naming it.
 */
@Component
public class ServiceManagement {

    static final String SERVICE = "service-management";

    /**
     * A customer's essentials. {@code version} is service-management's row version (larger after every change), or
     * -1 when the answer carries none; it orders lookups against {@code customer.changed} events in the replica.
     */
    public record Customer(String id, String name, String level, String ownerUserId, long version) {
    }

    public record Product(String id, String name, String code, String unit) {
    }

    /** One row of {@code product_dependencies}: {@code productId} needs {@code dependsOnProductId}. */
    public record Dependency(String productId, String productCode, String productName, String dependsOnProductId,
                             String dependsOnProductCode, String dependsOnProductName, String dependencyType,
                             String description) {

        public boolean required() {
            return "required".equals(dependencyType);
        }

        public boolean recommended() {
            return "recommended".equals(dependencyType);
        }
    }

    private final InternalApiClient client;

    public ServiceManagement(InternalApiClient client) {
        this.client = client;
    }

    /** The customer, empty when service-management does not know it (503 when it cannot answer). */
    public Optional<Customer> customer(String id) {
        try {
            return Optional.of(customerOf(client.get(SERVICE, "/internal/customers/" + id, Map.of(),
                    JsonNode.class)));
        } catch (InternalCallException e) {
            if (e.upstreamStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Creates (or, for a key seen before, returns) the customer: {@code POST /internal/customers}. The body carries
     * {@code idempotency_key}, so a retry after a lost answer never creates a second customer.
     */
    public Customer createCustomer(Map<String, Object> body) {
        return customerOf(client.post(SERVICE, "/internal/customers", body, JsonNode.class));
    }

    /** Products by id (names and codes to snapshot); unknown ids are absent. */
    public Map<String, Product> products(Collection<String> ids) {
        Map<String, Product> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        JsonNode data = client.get(SERVICE, "/internal/products", Map.of("ids", String.join(",", ids)),
                JsonNode.class);
        data.properties().forEach(e -> out.put(e.getKey(), new Product(e.getKey(), text(e.getValue(), "name"),
                text(e.getValue(), "code"), text(e.getValue(), "unit"))));
        return out;
    }

    /** The dependencies declared for the given products ({@code product_id} in the list), in the order served. */
    public List<Dependency> dependencies(Collection<String> productIds) {
        List<Dependency> out = new ArrayList<>();
        if (productIds.isEmpty()) {
            return out;
        }
        JsonNode data = client.get(SERVICE, "/internal/product-dependencies",
                Map.of("product_ids", String.join(",", productIds)), JsonNode.class);
        for (JsonNode n : data) {
            out.add(new Dependency(text(n, "product_id"), text(n, "product_code"), text(n, "product_name"),
                    text(n, "depends_on_product_id"), text(n, "depends_on_product_code"),
                    text(n, "depends_on_product_name"), text(n, "dependency_type"), text(n, "description")));
        }
        return out;
    }

    private static Customer customerOf(JsonNode n) {
        JsonNode version = n.get("version");
        return new Customer(text(n, "id"), text(n, "name"), text(n, "level"), text(n, "owner_user_id"),
                version != null && version.isNumber() ? version.asLong() : -1);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}

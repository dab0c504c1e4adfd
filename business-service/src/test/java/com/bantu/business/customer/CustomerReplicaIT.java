package com.bantu.business.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.test.TestHttp.Resp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders read service-management's customers from the replica: written by {@code customer.changed} events (in
 * version order, whatever order they arrive in) and by one lookup of a customer not seen yet or not confirmed for
 * the replica's time to live; a row is used as it is while service-management cannot answer.
 */
class CustomerReplicaIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InternalApiClient client;

    /** Calls made while the stub answered 503 may have opened breakers; the next test starts with them closed. */
    @AfterEach
    void closeBreakers() {
        DOWNSTREAM.down = false;
        for (String service : List.of("foundation", "service-management", "workflow", "finance")) {
            client.breaker(service).reset();
        }
    }

    private Resp createOrder(User sales, String customerId) {
        return http.post(ORDERS, sales.token(), map("title", unique("Replica "), "customer_id", customerId,
                "sales_user_id", sales.id(), "order_items", List.of(item(1, 10, 0))));
    }

    private Resp customerChanged(String id, String name, boolean active, long version) {
        return deliver(map("id", id, "name", name, "code", "C-1", "level", "A", "owner_user_id", null,
                "active", active, "version", version));
    }

    private Resp deliver(Object payload) {
        String eventId = UUID.randomUUID().toString();
        return http.send("POST", "/internal/events", jwt.issueServiceToken("service-management-service").token(),
                map("id", eventId, "type", "customer.changed", "version", 1, "source", "service-management-service",
                        "occurred_at", Instant.now().toString(), "payload", payload),
                Map.of("Idempotency-Key", eventId));
    }

    private void ageRow(String id) {
        assertThat(jdbc.update("UPDATE customer_replicas SET refreshed_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(3 * 86_400)), id)).isEqualTo(1);
    }

    @Test
    void aCustomerIsLookedUpOnce_thenReadFromTheReplica_evenWhileServiceManagementIsDown() {
        User sales = user("SALES");
        String customer = customer("PT Replica Once");
        int before = DOWNSTREAM.customerLookups.get();
        Resp first = createOrder(sales, customer);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data().get("customer_name").asText()).isEqualTo("PT Replica Once");
        assertThat(createOrder(sales, customer).status()).isEqualTo(201);
        assertThat(DOWNSTREAM.customerLookups.get() - before).as("lookups for two orders").isEqualTo(1);

        DOWNSTREAM.down = true;
        Resp down = createOrder(sales, customer);
        assertThat(down.status()).as(down.toString()).isEqualTo(201);
        assertThat(down.data().get("customer_name").asText()).isEqualTo("PT Replica Once");
    }

    @Test
    void eventsWriteTheReplicaInVersionOrder_andADeletedCustomerCannotBeNamed() {
        User sales = user("SALES");
        String customer = uuid(); // unknown to the service-management stub: only the events tell of it
        DOWNSTREAM.down = true;
        assertThat(customerChanged(customer, "PT Evented v2", true, 2).status()).isEqualTo(200);
        Resp o = createOrder(sales, customer);
        assertThat(o.status()).as(o.toString()).isEqualTo(201);
        assertThat(o.data().get("customer_name").asText()).isEqualTo("PT Evented v2");

        assertThat(customerChanged(customer, "PT Evented v1", true, 1).status()).as("a late event").isEqualTo(200);
        assertThat(createOrder(sales, customer).data().get("customer_name").asText()).isEqualTo("PT Evented v2");

        assertThat(customerChanged(customer, "PT Evented v3", false, 3).status()).isEqualTo(200);
        Resp deleted = createOrder(sales, customer);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(400);
        assertThat(deleted.fields()).containsExactly("customer_id");

        assertThat(customerChanged(customer, "PT Evented v4", true, 4).status()).as("restored").isEqualTo(200);
        assertThat(createOrder(sales, customer).data().get("customer_name").asText()).isEqualTo("PT Evented v4");
        assertThat(jdbc.queryForObject("SELECT version FROM customer_replicas WHERE id = ?", Long.class, customer))
                .isEqualTo(4L);
    }

    /** The example service-management's contract test produces, as this service reads it. */
    @Test
    void theSharedExampleOfTheEventWritesItsRow() throws Exception {
        JsonNode example = JsonMapper.builder().build().readTree(Files.readString(Path.of("..", "docs", "events",
                "customer.changed.json")));
        String id = example.get("id").asText();
        jdbc.update("DELETE FROM customer_replicas WHERE id = ?", id);
        assertThat(deliver(example).status()).isEqualTo(200);
        Map<String, Object> row = jdbc.queryForMap("SELECT name, level, owner_user_id, active, version "
                + "FROM customer_replicas WHERE id = ?", id);
        assertThat(row.get("name")).isEqualTo(example.get("name").asText());
        assertThat(row.get("level")).isEqualTo(example.get("level").asText());
        assertThat(row.get("owner_user_id")).isEqualTo(example.get("owner_user_id").asText());
        assertThat(row.get("active")).isIn(true, 1, (byte) 1);
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(example.get("version").asLong());
    }

    @Test
    void aRowPastItsTimeIsLookedUpAgain_andAnUnknownCustomerLeavesNoRow() {
        User sales = user("SALES");
        String customer = customer("PT Aging");
        DOWNSTREAM.customerVersions.put(customer, 5L);
        assertThat(createOrder(sales, customer).status()).isEqualTo(201);

        ageRow(customer);
        DOWNSTREAM.customers.put(customer, "PT Aging Renamed");
        DOWNSTREAM.customerVersions.put(customer, 6L);
        int before = DOWNSTREAM.customerLookups.get();
        Resp renamed = createOrder(sales, customer);
        assertThat(renamed.data().get("customer_name").asText()).isEqualTo("PT Aging Renamed");
        assertThat(DOWNSTREAM.customerLookups.get() - before).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT version FROM customer_replicas WHERE id = ?", Long.class, customer))
                .isEqualTo(6L);

        ageRow(customer);
        DOWNSTREAM.down = true;
        Resp stale = createOrder(sales, customer);
        assertThat(stale.status()).as("an old row while service-management is down").isEqualTo(201);
        assertThat(stale.data().get("customer_name").asText()).isEqualTo("PT Aging Renamed");
        DOWNSTREAM.down = false;

        DOWNSTREAM.customers.remove(customer); // deleted where no event told of it: the next lookup finds out
        Resp gone = createOrder(sales, customer);
        assertThat(gone.status()).as(gone.toString()).isEqualTo(400);
        assertThat(gone.fields()).containsExactly("customer_id");

        String unknown = uuid();
        assertThat(createOrder(sales, unknown).fields()).containsExactly("customer_id");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_replicas WHERE id = ?", Integer.class, unknown))
                .isZero();
    }
}

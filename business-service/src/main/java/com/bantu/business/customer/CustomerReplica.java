package com.bantu.business.customer;

import com.bantu.business.remote.ServiceManagement;
import com.bantu.common.internal.InternalCallException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customers of service-management-service that orders and opportunities name, as far as this service needs them
 * (usable or not, name, level, owner), in its own {@code customer_replicas} table:
 * <ul>
 *   <li>service-management's {@code customer.changed} event, sent from its outbox after every create, delete and
 *       restore and every update of these fields, writes the row ({@link #apply});</li>
 *   <li>{@link #find} answers from the row; a customer without a row, or whose row no event or lookup has confirmed
 *       for {@code bantu.customers.replica-ttl}, is looked up once with {@code GET /internal/customers/{id}} and
 *       the answer stored. The lookup also repairs what no event reports (a change made in service-management's
 *       database by hand).</li>
 * </ul>
 * So creating an order for a known customer reads one local row and makes no call to service-management, and still
 * works while service-management is down (a row past its time is then used as it is). A row never moves backwards:
 * a write carries the customer's version and replaces only an older or equal one, whatever order the events and
 * lookups arrive in.
 */
@Component
public class CustomerReplica {

    public static final String LOOKUPS = "bantu.customer.lookups";
    private static final Logger log = LoggerFactory.getLogger(CustomerReplica.class);

    private record Row(ServiceManagement.Customer customer, boolean active, Instant refreshedAt) {
    }

    private final JdbcTemplate jdbc;
    private final ServiceManagement serviceManagement;
    private final TransactionTemplate tx;
    private final Duration ttl;
    private final Counter fromReplica;
    private final Counter lookedUp;
    private final Counter staleUsed;

    public CustomerReplica(JdbcTemplate jdbc, ServiceManagement serviceManagement, PlatformTransactionManager txManager,
                           MeterRegistry registry, @Value("${bantu.customers.replica-ttl:24h}") Duration ttl) {
        this.jdbc = jdbc;
        this.serviceManagement = serviceManagement;
        this.tx = new TransactionTemplate(txManager);
        this.ttl = ttl;
        this.fromReplica = counter(registry, "replica");
        this.lookedUp = counter(registry, "service_management");
        this.staleUsed = counter(registry, "stale_replica");
    }

    private static Counter counter(MeterRegistry registry, String source) {
        return Counter.builder(LOOKUPS).tag("source", source)
                .description("Customers an order or opportunity named, by where their essentials came from")
                .register(registry);
    }

    /**
     * The customer, empty when it does not exist or may no longer be named (deleted or deactivated). Called outside
     * any transaction: it may look the customer up on service-management, which answers 503 when it cannot, unless
     * a row of this customer is here to fall back on.
     */
    public Optional<ServiceManagement.Customer> find(String id) {
        Row row = read(id);
        if (row != null && row.refreshedAt().plus(ttl).isAfter(Instant.now())) {
            fromReplica.increment();
            return usable(row);
        }
        Optional<ServiceManagement.Customer> found;
        try {
            found = serviceManagement.customer(id);
        } catch (InternalCallException e) {
            if (row == null || (e.upstreamStatus() > 0 && e.upstreamStatus() < 500)) {
                throw e;
            }
            log.debug("[CustomerReplica] service-management unavailable ({}), customer {} from a row of {}",
                    e.reason(), id, row.refreshedAt());
            staleUsed.increment();
            return usable(row);
        }
        lookedUp.increment();
        // a 404 writes nothing: the customer may be restored, and its event must not meet a row made up here
        found.ifPresent(this::store);
        return found;
    }

    /**
     * Writes what an event or a lookup says of a customer, in the caller's transaction, unless the row holds a newer
     * version already. Idempotent: the same version again only refreshes the row.
     */
    public void apply(String id, String name, String level, String ownerUserId, boolean active, long version) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> held = jdbc.queryForList("SELECT version FROM customer_replicas WHERE id = ?", Long.class, id);
        if (held.isEmpty()) {
            try {
                jdbc.update("INSERT INTO customer_replicas (id, name, level, owner_user_id, active, version, "
                        + "refreshed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, name, level, ownerUserId, active, version,
                        now);
                return;
            } catch (DuplicateKeyException e) {
                // written by a concurrent event or lookup since the read: replace it if this one is newer
            }
        }
        jdbc.update("UPDATE customer_replicas SET name = ?, level = ?, owner_user_id = ?, active = ?, version = ?, "
                + "refreshed_at = ? WHERE id = ? AND version <= ?", name, level, ownerUserId, active, version, now,
                id, version);
    }

    /** A lookup's answer, stored on a best-effort basis: failing to store it costs the next order one more lookup. */
    private void store(ServiceManagement.Customer c) {
        try {
            tx.executeWithoutResult(st -> apply(c.id(), c.name(), c.level(), c.ownerUserId(), true, c.version()));
        } catch (DataAccessException e) {
            log.debug("[CustomerReplica] customer {} not stored: {}", c.id(), e.getMessage());
        }
    }

    private Row read(String id) {
        List<Row> rows = jdbc.query("SELECT id, name, level, owner_user_id, active, version, refreshed_at "
                + "FROM customer_replicas WHERE id = ?", (rs, n) -> new Row(new ServiceManagement.Customer(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(6)),
                rs.getBoolean(5), rs.getTimestamp(7).toInstant()), id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static Optional<ServiceManagement.Customer> usable(Row row) {
        return row.active() ? Optional.of(row.customer()) : Optional.empty();
    }
}

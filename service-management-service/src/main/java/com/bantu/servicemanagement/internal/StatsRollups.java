package com.bantu.servicemanagement.internal;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Objects;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the stats rollups ({@code stats_customer_days}, {@code stats_service_records},
 * {@code stats_customer_activity}, migration V10) exact: a Hibernate listener sees every insert, update and delete
 * of a customer or service record with its old and new state, and applies the difference with plain SQL on the same
 * connection, in the same transaction (a rolled-back write rolls its rollup change back too). Nothing in the
 * customer or service-record features has to know about it. Writes that bypass JPA (bulk SQL) are not seen:
 * {@link #rebuild()} recounts everything from the base tables.
 */
@Component
class StatsRollups implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final String CUSTOMERS = "customers";
    static final String SERVICE_RECORDS = "service_records";

    private final EntityManagerFactory emf;
    private final JdbcTemplate jdbc;

    StatsRollups(EntityManagerFactory emf, JdbcTemplate jdbc) {
        this.emf = emf;
        this.jdbc = jdbc;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        apply(event.getPersister(), event.getId(), null, event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getOldState() == null) { // not loaded in this session: nothing to compare with, recount the row
            recountRow(event.getPersister());
            return;
        }
        apply(event.getPersister(), event.getId(), event.getOldState(), event.getState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        apply(event.getPersister(), event.getId(), event.getDeletedState(), null);
    }

    private void apply(EntityPersister persister, Object id, Object[] before, Object[] after) {
        String table = table(persister);
        if (CUSTOMERS.equals(table)) {
            CustomerRow old = before == null ? null : CustomerRow.of(persister, id, before);
            CustomerRow now = after == null ? null : CustomerRow.of(persister, id, after);
            if (Objects.equals(old, now)) {
                return;
            }
            if (old != null && old.live()) {
                addCustomer(old, -1);
            }
            if (now != null && now.live()) {
                addCustomer(now, 1);
            }
            // a new customer has no service records yet; a deleted or restored one leaves or re-enters active_count
            boolean liveChanged = old != null && old.live() != (now != null && now.live());
            if (liveChanged) {
                refreshActivity(String.valueOf(id));
            }
        } else if (SERVICE_RECORDS.equals(table)) {
            RecordRow old = before == null ? null : RecordRow.of(persister, before);
            RecordRow now = after == null ? null : RecordRow.of(persister, after);
            if (Objects.equals(old, now)) {
                return;
            }
            if (old != null && old.live()) {
                addRecord(old, -1);
            }
            if (now != null && now.live()) {
                addRecord(now, 1);
            }
            if (now != null && now.live() && (old == null || !old.live()
                    || Objects.equals(old.customerId(), now.customerId()))) {
                touchActivity(now);     // a new or revived record can only move the newest time forward
            } else if (old != null) {
                refreshActivity(old.customerId());
            }
            if (old != null && now != null && !Objects.equals(old.customerId(), now.customerId())) {
                refreshActivity(now.customerId());
            }
        }
    }

    private static String table(EntityPersister persister) {
        return persister.getTableName();
    }

    private void recountRow(EntityPersister persister) {
        if (CUSTOMERS.equals(table(persister)) || SERVICE_RECORDS.equals(table(persister))) {
            rebuild(); // a detached update without a loaded state never happens in this service; stay exact anyway
        }
    }

    private void addCustomer(CustomerRow c, long delta) {
        jdbc.update("INSERT INTO stats_customer_days (created_on, customer_type, customer_source_type, n) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE n = n + ?", Date.valueOf(c.createdAt().toLocalDate()), c.type(),
                c.source(), delta, delta);
    }

    private void addRecord(RecordRow r, long delta) {
        jdbc.update("INSERT INTO stats_service_records (status, priority, sales_user_id, n) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE n = n + ?", r.status(), r.priority(),
                r.salesUserId() == null ? "" : r.salesUserId(), delta, delta);
    }

    /** A live record of a customer: its time becomes the customer's newest if it is newer (and the customer live). */
    private void touchActivity(RecordRow r) {
        Integer live = jdbc.queryForObject("SELECT COUNT(*) FROM customers WHERE id = ? AND deleted_at IS NULL",
                Integer.class, r.customerId());
        if (live == null || live == 0) {
            return;
        }
        Timestamp at = Timestamp.valueOf(r.createdAt());
        jdbc.update("INSERT INTO stats_customer_activity (customer_id, last_record_at) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE last_record_at = CASE WHEN last_record_at < ? THEN ? "
                + "ELSE last_record_at END", r.customerId(), at, at, at);
    }

    /** Recomputes one customer's newest live record from the base tables (after a delete or a move). */
    private void refreshActivity(String customerId) {
        if (customerId == null) {
            return;
        }
        jdbc.update("DELETE FROM stats_customer_activity WHERE customer_id = ?", customerId);
        jdbc.update("INSERT INTO stats_customer_activity (customer_id, last_record_at) "
                + "SELECT r.customer_id, MAX(r.created_at) FROM service_records r JOIN customers c ON c.id = r.customer_id "
                + "WHERE r.customer_id = ? AND r.deleted_at IS NULL AND c.deleted_at IS NULL GROUP BY r.customer_id",
                customerId);
    }

    /** Recounts every rollup from the base tables (the caller holds the transaction). */
    void rebuild() {
        jdbc.update("DELETE FROM stats_customer_days");
        jdbc.update("INSERT INTO stats_customer_days (created_on, customer_type, customer_source_type, n) "
                + "SELECT CAST(created_at AS DATE), customer_type, customer_source_type, COUNT(*) FROM customers "
                + "WHERE deleted_at IS NULL GROUP BY CAST(created_at AS DATE), customer_type, customer_source_type");
        jdbc.update("DELETE FROM stats_service_records");
        jdbc.update("INSERT INTO stats_service_records (status, priority, sales_user_id, n) "
                + "SELECT status, priority, COALESCE(sales_user_id, ''), COUNT(*) FROM service_records "
                + "WHERE deleted_at IS NULL GROUP BY status, priority, COALESCE(sales_user_id, '')");
        jdbc.update("DELETE FROM stats_customer_activity");
        jdbc.update("INSERT INTO stats_customer_activity (customer_id, last_record_at) "
                + "SELECT r.customer_id, MAX(r.created_at) FROM service_records r JOIN customers c ON c.id = r.customer_id "
                + "WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL GROUP BY r.customer_id");
    }

    private static Object value(EntityPersister persister, Object[] state, String property) {
        return state[persister.getPropertyIndex(property)];
    }

    /** The fields of a customer that the rollups count by. */
    private record CustomerRow(String id, LocalDateTime createdAt, String type, String source, boolean live) {
        static CustomerRow of(EntityPersister p, Object id, Object[] s) {
            return new CustomerRow(String.valueOf(id), (LocalDateTime) value(p, s, "createdAt"),
                    (String) value(p, s, "customerType"), (String) value(p, s, "customerSourceType"),
                    value(p, s, "deletedAt") == null);
        }
    }

    /** The fields of a service record that the rollups count by. */
    private record RecordRow(String customerId, LocalDateTime createdAt, String status, String priority,
                          String salesUserId, boolean live) {
        static RecordRow of(EntityPersister p, Object[] s) {
            return new RecordRow((String) value(p, s, "customerId"), (LocalDateTime) value(p, s, "createdAt"),
                    (String) value(p, s, "status"), (String) value(p, s, "priority"),
                    (String) value(p, s, "salesUserId"), value(p, s, "deletedAt") == null);
        }
    }
}

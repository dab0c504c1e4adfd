package com.bantu.servicemanagement.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A write whose answer needs foundation's display names must commit before foundation is asked. While foundation
 * "thinks" about the names (the fake answers after 300 ms), the test looks at the row from another database
 * connection: the write must already be visible (committed) and the row must not be locked.
 */
class NamesAfterCommitIT extends IntegrationTestBase {

    /** What another connection saw while foundation was being asked. */
    record Seen(String value, boolean lockable) {
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    FoundationNames names;

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void restore() {
        FOUNDATION.serveNames();
        names.clearCache();
    }

    /** Foundation's users/names route answers slowly and, while asked about {@code id}, runs {@code sql} aside. */
    private void whileAskedAbout(String id, String sql) {
        FOUNDATION.http.route("/internal/users/names", q -> {
            FakeService.Response answer = FOUNDATION.answer(FOUNDATION.users, q);
            if (q.getOrDefault("ids", "").contains(id)) {
                seen.add(lookAside(sql, id));
                return new FakeService.Response(answer.status(), answer.body(), 300);
            }
            return answer;
        });
    }

    private Seen lookAside(String sql, String id) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String value = null;
            try (PreparedStatement read = c.prepareStatement(sql)) {
                read.setString(1, id);
                try (ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        value = rs.getString(1);
                    }
                }
            }
            boolean lockable;
            try (PreparedStatement lock = c.prepareStatement(sql + " FOR UPDATE NOWAIT")) {
                lock.setString(1, id);
                lock.executeQuery().close();
                lockable = true;
            } catch (SQLException locked) {
                lockable = false;
            }
            c.rollback();
            return new Seen(value, lockable);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void customerCreateAndUpdateCommitBeforeFoundationIsAsked() {
        String owner = uuid();
        FOUNDATION.users.put(owner, "Owner After Commit");
        whileAskedAbout(owner, "SELECT name FROM customers WHERE owner_user_id = ?");

        String first = unique("Committed ");
        long started = System.nanoTime();
        Resp created = http.post("/api/service-management/customers", admin(), map("name", first,
                "owner_user_id", owner));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.data().get("owner_user_name").asText()).isEqualTo("Owner After Commit");
        assertThat((System.nanoTime() - started) / 1_000_000).as("the slow answer was waited for").isGreaterThan(300);
        assertThat(seen).as("foundation was asked once, after the insert was committed and unlocked")
                .containsExactly(new Seen(first, true));

        // the update moves the customer to a new owner, whose name is asked for after the update: the audit trail's
        // read of the state before the update (AuditChanges, outside any transaction) asks only about the old owner
        String newOwner = uuid();
        FOUNDATION.users.put(newOwner, "New Owner After Commit");
        whileAskedAbout(newOwner, "SELECT name FROM customers WHERE owner_user_id = ?");
        String second = unique("Renamed ");
        Resp updated = http.put("/api/service-management/customers/" + created.data().get("id").asText(), admin(),
                map("name", second, "owner_user_id", newOwner, "version", created.data().get("version").asLong()));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.data().get("owner_user_name").asText()).isEqualTo("New Owner After Commit");
        assertThat(seen).as("the update too").containsExactly(new Seen(first, true), new Seen(second, true));
    }

    @Test
    void serviceRecordStatusChangeCommitsBeforeFoundationIsAsked() {
        String sales = uuid();
        FOUNDATION.users.put(sales, "Sales After Commit");
        String customerId = createCustomerId();
        Resp record = http.post("/api/service-management/service-records", admin(), map("customer_id", customerId,
                "sales_user_id", sales));
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        names.clearCache();
        seen.clear();
        // the update hands the record to a new sales user, whose name is asked for after the update: the audit
        // trail's read of the state before the update (AuditChanges, outside any transaction) asks only about the
        // old one
        String newSales = uuid();
        FOUNDATION.users.put(newSales, "New Sales After Commit");
        whileAskedAbout(newSales, "SELECT status FROM service_records WHERE sales_user_id = ?");

        Resp started = http.put("/api/service-management/service-records/" + record.data().get("id").asText(),
                admin(), map("status", "in_progress", "sales_user_id", newSales));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.data().get("sales_username").asText()).isEqualTo("New Sales After Commit");
        assertThat(seen).containsExactly(new Seen("in_progress", true));
    }
}

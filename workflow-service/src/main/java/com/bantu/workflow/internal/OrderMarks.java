package com.bantu.workflow.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code order_event_marks} row of an order: taken (created if missing, then row-locked) by both order event
 * handlers inside their transaction, so the two events of one order never interleave, and remembering that the order
 * was cancelled. Must run inside a transaction: the lock is held until it commits.
 */
@Component
class OrderMarks {

    private final JdbcTemplate jdbc;

    OrderMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the order's mark and answers whether the order was cancelled. */
    boolean lockCancelled(String orderId) {
        for (int attempt = 0; ; attempt++) {
            List<Boolean> row = jdbc.query("SELECT cancelled_at FROM order_event_marks WHERE order_id = ? FOR UPDATE",
                    (rs, i) -> rs.getTimestamp(1) != null, orderId);
            if (!row.isEmpty()) {
                return row.get(0);
            }
            try {
                jdbc.update("INSERT INTO order_event_marks (order_id, cancelled_at) VALUES (?, NULL)", orderId);
                return false; // the new row is locked by this transaction
            } catch (DuplicateKeyException e) {
                // another transaction created it and has committed: read and lock that one
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    /** Locks the order's mark and records the cancellation (the first one counts). */
    void markCancelled(String orderId) {
        lockCancelled(orderId);
        jdbc.update("UPDATE order_event_marks SET cancelled_at = COALESCE(cancelled_at, ?) WHERE order_id = ?",
                Timestamp.from(Instant.now()), orderId);
    }
}

package com.bantu.servicemanagement.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A lock held until the end of the caller's transaction: {@code SELECT ... FOR UPDATE} on a row of
 * {@code code_sequences} that a migration creates and nothing deletes (key {@code lock:<name>}). Writers that check an
 * invariant over many rows (the product-dependency graph stays acyclic) take it first, so their check and write are
 * serialized across replicas. Call it as the transaction's first statement: under REPEATABLE READ the snapshot of
 * later plain reads is then taken after the lock, so they see everything committed by the previous holder.
 */
@Component
public class GraphLock {

    private final JdbcTemplate jdbc;

    public GraphLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void lock(String name) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("GraphLock.lock needs a transaction (it is released at commit)");
        }
        if (jdbc.queryForList("SELECT seq_key FROM code_sequences WHERE seq_key = ? FOR UPDATE", String.class,
                "lock:" + name).isEmpty()) {
            throw new IllegalStateException("lock row lock:" + name + " is missing (created by a migration)");
        }
    }
}

package com.bantu.servicemanagement.support;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counters for generated codes, one row per key in {@code code_sequences}. Each call runs in its own short
 * transaction, so the row lock is held only for the increment (concurrent creates do not queue behind each other's
 * whole transaction); a create that fails afterwards leaves a gap, which is harmless.
 */
@Component
public class CodeSequences {

    private final JdbcTemplate jdbc;

    public CodeSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long next(String key) {
        if (jdbc.update("UPDATE code_sequences SET next_value = next_value + 1 WHERE seq_key = ?", key) == 0) {
            try {
                jdbc.update("INSERT INTO code_sequences (seq_key, next_value) VALUES (?, 1)", key);
            } catch (DuplicateKeyException raced) {
                jdbc.update("UPDATE code_sequences SET next_value = next_value + 1 WHERE seq_key = ?", key);
            }
        }
        Long value = jdbc.queryForObject("SELECT next_value FROM code_sequences WHERE seq_key = ?", Long.class, key);
        return value == null ? 1 : value;
    }
}

package com.bantu.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.error.ConflictException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlockRetryTest {

    private static RuntimeException deadlock() {
        return new RuntimeException("engine", new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
    }

    @Test
    void aDeadlockVictimRunsAgain() {
        AtomicInteger calls = new AtomicInteger();
        String r = DeadlockRetry.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "done";
        });
        assertThat(r).isEqualTo("done");
        assertThat(calls).hasValue(3);
    }

    @Test
    void otherFailuresAreNotRepeated() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("no");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void givesUpWithAConflict() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run(() -> {
            calls.incrementAndGet();
            throw deadlock();
        })).isInstanceOf(ConflictException.class);
        assertThat(calls).hasValue(DeadlockRetry.ATTEMPTS);
    }
}

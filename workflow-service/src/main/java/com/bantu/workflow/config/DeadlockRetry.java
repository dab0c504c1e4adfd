package com.bantu.workflow.config;

import com.bantu.common.error.ConflictException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs a whole transaction again when the database chose it as a deadlock victim. Concurrent completions of
 * different instances can deadlock inside the engine's own deletes on MySQL/MariaDB (seen in bench/approvals.sh);
 * the victim's transaction was rolled back entirely, so repeating it is safe. Up to {@link #ATTEMPTS} attempts with
 * a short random pause, then a 409 asking the caller to retry. Must wrap the transactional call, never run inside one.
 */
public final class DeadlockRetry {

    public static final int ATTEMPTS = 4;

    private DeadlockRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isDeadlock(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ConflictException("并发冲突，请重试");
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransactionRollbackException || t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException s && "40001".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

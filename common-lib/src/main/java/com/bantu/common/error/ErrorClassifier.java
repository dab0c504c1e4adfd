package com.bantu.common.error;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Maps infrastructure failures to the envelope's status, without Spring MVC (unit-testable with the exception
 * types the drivers really throw):
 * <ul>
 *   <li>database or Redis unreachable (no connection from the pool, connection refused or lost, Redis commands
 *       rejected while disconnected, command timeout) → 503, retry later;</li>
 *   <li>lock wait timeout or deadlock → 409 ({@link ErrorKey#LOCKED}, retryable); stale optimistic version → 409;</li>
 *   <li>integrity violations, split: duplicate key → 409; missing referenced row, {@code NOT NULL}, value too long
 *       → 400 naming the column as the field; a parent row still referenced → 409 {@link ErrorKey#IN_USE};</li>
 *   <li>a request the servlet firewall refused (e.g. {@code ;} or an encoded slash in the path) → 400.</li>
 * </ul>
 * MySQL/MariaDB and H2 (the local profile) error codes are both understood.
 */
public final class ErrorClassifier {

    /** A status/key and, for a 400, the field-level messages. */
    public record Mapped(ErrorKey key, Object data) {
    }

    // MySQL/MariaDB vendor codes, then H2's
    private static final int MY_DUPLICATE = 1062;
    private static final int MY_NOT_NULL = 1048;
    private static final int MY_NO_DEFAULT = 1364;
    private static final int MY_TOO_LONG = 1406;
    private static final int MY_PARENT_MISSING = 1452;
    private static final int MY_STILL_REFERENCED = 1451;
    private static final int MY_LOCK_WAIT = 1205;
    private static final int MY_DEADLOCK = 1213;
    private static final int H2_DUPLICATE = 23505;
    private static final int H2_NOT_NULL = 23502;
    private static final int H2_TOO_LONG = 22001;
    private static final int H2_PARENT_MISSING = 23506;
    private static final int H2_STILL_REFERENCED = 23503;
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_DEADLOCK = 40001;

    private static final Pattern COLUMN = Pattern.compile(
            "(?:column|field)\\s+[`'\"]?([A-Za-z0-9_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "FOREIGN KEY\\s*\\(\\s*[`\"]?([A-Za-z0-9_]+)", Pattern.CASE_INSENSITIVE);

    private ErrorClassifier() {
    }

    /** The mapping for {@code e}, or {@code null} when it is none of the cases above. */
    public static Mapped classify(Throwable e) {
        if (find(e, BodyTooLargeException.class) != null) {
            return new Mapped(ErrorKey.PAYLOAD_TOO_LARGE, null);
        }
        if (e instanceof OptimisticLockingFailureException) {
            return new Mapped(ErrorKey.STALE, null);
        }
        if (e instanceof PessimisticLockingFailureException || isLockFailure(e)) {
            return new Mapped(ErrorKey.LOCKED, null);
        }
        if (e instanceof DataIntegrityViolationException dive) {
            return integrity(dive);
        }
        if (isUnavailable(e)) {
            return new Mapped(ErrorKey.UNAVAILABLE, null);
        }
        if (hasClass(e, "org.springframework.security.web.firewall.RequestRejectedException")) {
            return new Mapped(ErrorKey.BAD_PATH, null);
        }
        return null;
    }

    static Mapped integrity(DataIntegrityViolationException e) {
        SQLException sql = find(e, SQLException.class);
        int code = sql == null ? 0 : sql.getErrorCode();
        String message = sql == null ? String.valueOf(e.getMostSpecificCause().getMessage()) : sql.getMessage();
        if (e instanceof DuplicateKeyException || code == MY_DUPLICATE || code == H2_DUPLICATE) {
            return new Mapped(ErrorKey.DUPLICATE, null);
        }
        if (code == MY_STILL_REFERENCED || code == H2_STILL_REFERENCED) {
            return new Mapped(ErrorKey.IN_USE, null);
        }
        String text;
        String field;
        if (code == MY_NOT_NULL || code == MY_NO_DEFAULT || code == H2_NOT_NULL) {
            text = "is required";
            field = column(COLUMN, message);
        } else if (code == MY_TOO_LONG || code == H2_TOO_LONG) {
            text = "is too long";
            field = column(COLUMN, message);
        } else if (code == MY_PARENT_MISSING || code == H2_PARENT_MISSING) {
            text = "refers to a record that does not exist";
            field = column(FOREIGN_KEY, message);
        } else {
            return new Mapped(ErrorKey.DUPLICATE, null);
        }
        return new Mapped(ErrorKey.VALIDATION, List.of(new FieldError(field == null ? "body" : field, text)));
    }

    private static String column(Pattern p, String message) {
        if (message == null) {
            return null;
        }
        Matcher m = p.matcher(message);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SQLException s) {
                int c = s.getErrorCode();
                if (c == MY_LOCK_WAIT || c == MY_DEADLOCK || c == H2_LOCK_TIMEOUT || c == H2_DEADLOCK
                        || "40001".equals(s.getSQLState())) {
                    return true;
                }
            }
            String n = t.getClass().getName();
            if (n.equals("jakarta.persistence.PessimisticLockException")
                    || n.equals("jakarta.persistence.LockTimeoutException")
                    || n.equals("org.hibernate.exception.LockAcquisitionException")
                    || n.equals("org.hibernate.PessimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** The database or Redis cannot be reached (or answered too late): the caller may retry later. */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
            String n = t.getClass().getName();
            if (n.equals("io.lettuce.core.RedisConnectionException")
                    || n.equals("org.hibernate.exception.JDBCConnectionException")
                    || n.equals("io.lettuce.core.RedisCommandTimeoutException")
                    || (n.equals("io.lettuce.core.RedisException") && t.getMessage() != null
                        && t.getMessage().contains("not connected"))) {
                return true;
            }
        }
        return false;
    }

    /** The client closed the connection (or the response can no longer be written): nothing to answer. */
    public static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            String n = t.getClass().getSimpleName();
            if (n.equals("ClientAbortException") || n.equals("AsyncRequestNotUsableException")
                    || n.equals("EofException")) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null) {
                String m = t.getMessage().toLowerCase(Locale.ROOT);
                if (m.contains("broken pipe") || m.contains("connection reset by peer")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first {@code type} in the cause chain (or {@code null}). */
    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean hasClass(Throwable e, String className) {
        for (Throwable t = e; t != null; t = next(t)) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        return Causes.next(t);
    }
}

package com.bantu.foundation.auth;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins per (e-mail as typed, client address), in table {@code login_failures}, for unknown e-mails exactly
 * as for accounts, so the answers never tell whether an e-mail is an account. {@code maxFailures} failures lock the
 * pair for {@code duration}; each further lock of the same pair doubles it up to {@code maxDuration}; a successful
 * login (or an admin's password reset) clears it. A stranger therefore locks only their own address out of an
 * account, never the account's owner at another address.
 * <p>
 * Atomic under concurrency: the counter is raised in place ({@code failures = failures + 1}), and the row lock that
 * update takes is held while the same transaction decides whether the threshold was reached.
 */
@Component
class LoginGuard {

    private final JdbcTemplate jdbc;
    private final AuthProperties.Lockout props;

    LoginGuard(JdbcTemplate jdbc, AuthProperties props) {
        this.jdbc = jdbc;
        this.props = props.lockout();
    }

    static String account(String email) {
        String a = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return a.length() > 255 ? a.substring(0, 255) : a;
    }

    static String client(String address) {
        String c = address == null || address.isBlank() ? "unknown" : address.trim();
        return c.length() > 64 ? c.substring(0, 64) : c;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean isLocked(String account, String client) {
        List<Timestamp> until = jdbc.queryForList(
                "SELECT locked_until FROM login_failures WHERE account = ? AND client = ?", Timestamp.class,
                account, client);
        return !until.isEmpty() && until.get(0) != null && until.get(0).toLocalDateTime().isAfter(now());
    }

    /** Counts one failure; locks the pair when the threshold is reached. Failures while locked are not counted. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String account, String client) {
        LocalDateTime now = now();
        if (raise(account, client, now) == 0) {
            try {
                jdbc.update("INSERT INTO login_failures (account, client, failures, lock_count, updated_at)"
                        + " VALUES (?, ?, 1, 0, ?)", account, client, Timestamp.valueOf(now));
            } catch (DuplicateKeyException e) {
                // inserted meanwhile, or locked: count it if the pair is not locked
                raise(account, client, now);
            }
        }
        var row = jdbc.queryForMap("SELECT failures, lock_count FROM login_failures WHERE account = ? AND client = ?",
                account, client);
        int failures = ((Number) row.get("failures")).intValue();
        int locks = ((Number) row.get("lock_count")).intValue();
        if (failures >= props.maxFailures()) {
            Duration lockFor = props.duration().multipliedBy(1L << Math.min(locks, 16));
            if (lockFor.compareTo(props.maxDuration()) > 0) {
                lockFor = props.maxDuration();
            }
            jdbc.update("UPDATE login_failures SET failures = 0, lock_count = lock_count + 1, locked_until = ?,"
                    + " updated_at = ? WHERE account = ? AND client = ?", Timestamp.valueOf(now.plus(lockFor)),
                    Timestamp.valueOf(now), account, client);
        }
    }

    private int raise(String account, String client, LocalDateTime now) {
        return jdbc.update("UPDATE login_failures SET failures = failures + 1, updated_at = ?"
                + " WHERE account = ? AND client = ? AND (locked_until IS NULL OR locked_until <= ?)",
                Timestamp.valueOf(now), account, client, Timestamp.valueOf(now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String account, String client) {
        jdbc.update("DELETE FROM login_failures WHERE account = ? AND client = ?", account, client);
    }

    /** Lifts every lock of an e-mail (an admin reset the password). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String account) {
        jdbc.update("DELETE FROM login_failures WHERE account = ?", account);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }
}

package com.bantu.foundation.user;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other services read about users: display names by id and the user counts analytics aggregates. */
@Service
public class UserDirectoryService {

    private final UserRepository users;

    public UserDirectoryService(UserRepository users) {
        this.users = users;
    }

    /** {@code {id: display name}} for the given ids; unknown ids are absent. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        users.findAllById(ids).forEach(u -> names.put(u.getId(), u.label()));
        return names;
    }

    /**
     * The display name of one user, if foundation knows the id. No transaction of its own: it joins the caller's
     * (the audit inbox's write transaction) or reads without one.
     */
    public Optional<String> displayName(String id) {
        return users.findById(id).map(User::label);
    }

    /** The users with these ids (unknown ids are absent). */
    @Transactional(readOnly = true)
    public List<User> byIds(Collection<String> ids) {
        return users.findAllById(ids);
    }

    /** A user by id, for sign-in (joins the caller's transaction). */
    @Transactional(readOnly = true)
    public Optional<User> byId(String id) {
        return users.findById(id);
    }

    /** A user by e-mail, ignoring case. */
    @Transactional(readOnly = true)
    public Optional<User> byEmail(String email) {
        return users.findByEmailIgnoreCase(email);
    }

    /** Records a successful sign-in (last login time). */
    @Transactional
    public void recordLogin(User u) {
        u.loginSucceeded();
        users.save(u);
    }

    /**
     * Gives the user with this e-mail its first password; false when there is no such user or it has one already.
     * {@code hash} is only asked for when needed.
     */
    @Transactional
    public boolean setFirstPassword(String email, java.util.function.Supplier<String> hash) {
        User u = users.findByEmailIgnoreCase(email).orElse(null);
        if (u == null || u.getPasswordHash() != null) {
            return false;
        }
        u.changePassword(hash.get());
        users.save(u);
        return true;
    }

    /** Totals, users per role and last-login buckets (today, 7 and 30 days, never) of non-deleted users. */
    @Transactional(readOnly = true)
    public UserStats stats() {
        LocalDateTime now = LocalDateTime.now();
        Map<String, Long> byRole = new TreeMap<>();
        users.countByRole().forEach(r -> byRole.put((String) r[0], (Long) r[1]));
        Map<String, Long> lastLogin = new LinkedHashMap<>();
        lastLogin.put("today", users.countByDeletedAtIsNullAndLastLoginAtAfter(LocalDate.now().atStartOfDay()));
        lastLogin.put("last_7_days", users.countByDeletedAtIsNullAndLastLoginAtAfter(now.minusDays(7)));
        lastLogin.put("last_30_days", users.countByDeletedAtIsNullAndLastLoginAtAfter(now.minusDays(30)));
        lastLogin.put("never", users.countByDeletedAtIsNullAndLastLoginAtIsNull());
        return new UserStats(users.countByDeletedAtIsNull(), lastLogin.get("last_30_days"), byRole, lastLogin);
    }
}

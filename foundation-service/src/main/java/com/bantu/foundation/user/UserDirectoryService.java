package com.bantu.foundation.user;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Totals, users per role and last-login buckets (today, 7 and 30 days, never) of non-deleted users. */
    @Transactional(readOnly = true)
    public Map<String, Object> stats() {
        LocalDateTime now = LocalDateTime.now();
        Map<String, Long> byRole = new TreeMap<>();
        users.countByRole().forEach(r -> byRole.put((String) r[0], (Long) r[1]));
        Map<String, Long> lastLogin = new LinkedHashMap<>();
        lastLogin.put("today", users.countByDeletedAtIsNullAndLastLoginAtAfter(LocalDate.now().atStartOfDay()));
        lastLogin.put("last_7_days", users.countByDeletedAtIsNullAndLastLoginAtAfter(now.minusDays(7)));
        lastLogin.put("last_30_days", users.countByDeletedAtIsNullAndLastLoginAtAfter(now.minusDays(30)));
        lastLogin.put("never", users.countByDeletedAtIsNullAndLastLoginAtIsNull());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("total_users", users.countByDeletedAtIsNull());
        data.put("active_users", lastLogin.get("last_30_days"));
        data.put("by_role", byRole);
        data.put("last_login_stats", lastLogin);
        return data;
    }
}

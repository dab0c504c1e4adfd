package com.bantu.foundation.user;

import com.bantu.common.security.TokenVersionStore;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends sessions: raises users' token version ({@code users.token_version}, claim {@code tv}) in the database, and
 * after the commit publishes the new versions to the shared {@link TokenVersionStore} (Redis; in memory on the
 * embedded default) that every service and the gateway check. The database is the truth: refresh compares against
 * it, so a refresh token of an ended session is refused even when publishing failed. A failed publish (Redis down)
 * is logged and retried at the next publish or login.
 */
@Service
public class TokenVersionService {

    private static final Logger log = LoggerFactory.getLogger(TokenVersionService.class);

    private final UserRepository users;
    private final TokenVersionStore store;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();

    public TokenVersionService(UserRepository users, TokenVersionStore store) {
        this.users = users;
        this.store = store;
    }

    @Transactional
    public void endSessions(String userId) {
        endSessionsOf(List.of(userId));
    }

    @Transactional
    public void endSessionsOf(Collection<String> userIds) {
        Set<String> ids = new LinkedHashSet<>(userIds);
        if (ids.isEmpty()) {
            return;
        }
        users.raiseTokenVersions(ids);
        Map<String, Long> versions = new ConcurrentHashMap<>();
        users.tokenVersions(ids).forEach(r -> versions.put((String) r[0], ((Number) r[1]).longValue()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(versions);
                }
            });
        } else {
            publish(versions);
        }
    }

    @Transactional
    public void endSessionsOfRole(String roleId) {
        endSessionsOf(users.idsWithRole(roleId));
    }

    @Transactional
    public void endSessionsOfAdmins() {
        endSessionsOf(users.idsWithRoleCode("ADMIN"));
    }

    @Transactional
    public void endSessionsOfPermissionHolders(String permissionId) {
        endSessionsOf(users.idsWithPermission(permissionId));
    }

    /** The user's current version in the database (0 for an unknown user). */
    @Transactional(readOnly = true)
    public long current(String userId) {
        return users.tokenVersion(userId).orElse(0L);
    }

    /**
     * Makes sure the shared store knows a user's version (at login: heals a store that lost its keys). Never fails
     * the caller: an unreachable store is retried later.
     */
    public void republish(String userId, long version) {
        if (version > 0) {
            publish(Map.of(userId, version));
        } else {
            publish(Map.of());
        }
    }

    private void publish(Map<String, Long> versions) {
        Map<String, Long> todo = new java.util.HashMap<>(pending);
        versions.forEach((k, v) -> todo.merge(k, v, Math::max));
        for (Map.Entry<String, Long> e : todo.entrySet()) {
            try {
                store.publish(e.getKey(), e.getValue());
                pending.remove(e.getKey(), e.getValue());
            } catch (RuntimeException ex) {
                pending.merge(e.getKey(), e.getValue(), Math::max);
                log.warn("Could not publish the token version of user {} (retried later): {}", e.getKey(),
                        ex.toString());
            }
        }
    }
}

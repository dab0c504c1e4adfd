package com.bantu.common.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Has a verified access token's session ended? Ended means: its {@code jti} was revoked (logout) or its token
 * version ({@code tv}) is below the user's current one (user deleted, disabled, roles or role permissions changed,
 * password changed, organization locked, logged out everywhere).
 * <p>
 * Hot path: one Redis round trip per request ({@code MGET} of the revocation key and the version key) when both
 * stores are Redis. A user's version is remembered for {@code versionCache} (default 500 ms) so a session ends at
 * every service within that time plus the publishing delay; while it is remembered only the revocation key is read.
 * <p>
 * Redis unreachable: the check fails open (neither revoked nor stale), the same choice the revocation list makes,
 * so logins, reads and writes go on during an outage. What still ends sessions then: refresh (foundation checks
 * the version in its database) and the access token's expiry.
 */
public class SessionCheck {

    static final int MAX_ENTRIES = 10_000;

    private final TokenRevocationStore revocations;
    private final TokenVersionStore versions;
    private final long cacheNanos;
    private final ConcurrentHashMap<String, long[]> versionCache = new ConcurrentHashMap<>();

    public SessionCheck(TokenRevocationStore revocations, TokenVersionStore versions, Duration versionCache) {
        this.revocations = revocations;
        this.versions = versions;
        this.cacheNanos = versionCache.toNanos();
    }

    /** True when the token's session has ended (the request is then unauthenticated: 401). */
    public boolean hasEnded(BantuPrincipal p) {
        long now = System.nanoTime();
        long[] cached = versionCache.get(p.userId());
        boolean fresh = cached != null && now - cached[1] < 0;
        if (!fresh && versions instanceof RedisTokenVersionStore redis
                && revocations instanceof RedisTokenRevocationStore) {
            RedisTokenVersionStore.Lookup l = redis.lookup(p.jti(), p.userId());
            if (!l.available()) {
                return false;
            }
            long current = l.version() == null ? 0 : l.version();
            remember(p.userId(), current, now);
            return l.revoked() || p.tokenVersion() < current;
        }
        if (revocations.isRevoked(p.jti())) {
            return true;
        }
        long current;
        if (fresh) {
            current = cached[0];
        } else {
            current = versions.current(p.userId());
            remember(p.userId(), current, now);
        }
        return p.tokenVersion() < current;
    }

    private void remember(String userId, long version, long now) {
        if (cacheNanos <= 0) {
            return;
        }
        if (versionCache.size() >= MAX_ENTRIES) {
            versionCache.clear();
        }
        versionCache.put(userId, new long[] {version, now + cacheNanos});
    }
}

package com.bantu.common.security;

/**
 * The current token version of each user (claim {@code tv}). foundation-service raises a user's version when their
 * sessions must end (delete, disable, role or permission change, password change, organization lock, logout) and
 * publishes it here; every service and the gateway refuse a token whose {@code tv} is below the published version.
 * foundation's {@code users.token_version} column is the truth; this store is the fast shared copy.
 */
public interface TokenVersionStore {

    /** The published version of a user; 0 when none was published (every token passes). */
    long current(String userId);

    /** Publishes a user's new version; never lowers a published version. Throws when it cannot be stored. */
    void publish(String userId, long version);
}

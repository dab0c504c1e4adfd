package com.bantu.common.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Process-local token versions for the embedded default (no Redis): only the publishing process (foundation) sees
 * them, so on that profile the other services end a session when its access token expires or is refreshed.
 */
public class InMemoryTokenVersionStore implements TokenVersionStore {

    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    @Override
    public long current(String userId) {
        return versions.getOrDefault(userId, 0L);
    }

    @Override
    public void publish(String userId, long version) {
        versions.merge(userId, version, Math::max);
    }
}

package com.bantu.foundation.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code bantu.auth.lockout.*}: failed logins before a lock, and how long the lock lasts. */
@ConfigurationProperties("bantu.auth")
public record AuthProperties(Lockout lockout) {

    public AuthProperties {
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
    }

    public record Lockout(int maxFailures, Duration duration) {
        public Lockout {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
        }
    }
}

package com.bantu.foundation.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bantu.auth.lockout.*}: failed logins of one e-mail from one client before that pair is locked, how long
 * the first lock lasts, and the cap of the back-off (each further lock of the pair doubles the duration).
 */
@ConfigurationProperties("bantu.auth")
public record AuthProperties(Lockout lockout) {

    public AuthProperties {
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15), Duration.ofHours(24)) : lockout;
    }

    public record Lockout(int maxFailures, Duration duration, Duration maxDuration) {
        public Lockout {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
            maxDuration = maxDuration == null ? Duration.ofHours(24) : maxDuration;
        }
    }
}

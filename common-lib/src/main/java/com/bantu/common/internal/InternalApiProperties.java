package com.bantu.common.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bantu.internal.*}: how {@link InternalApiClient} calls other services. The base URL of a target comes from
 * {@code bantu.services.<name>.url}; the timeouts and breaker settings below apply to every target.
 *
 * @param connectTimeout how long to wait for a TCP connection (default 1 s)
 * @param readTimeout    how long to wait for the answer (default 2 s)
 * @param circuitBreaker the breaker each target gets
 */
@ConfigurationProperties("bantu.internal")
public record InternalApiProperties(@DefaultValue("1s") Duration connectTimeout,
                                    @DefaultValue("2s") Duration readTimeout,
                                    @DefaultValue CircuitBreaker circuitBreaker) {

    /**
     * @param minimumCalls     calls in the window before the failure rate counts (default 5)
     * @param windowSize       the sliding window of recent calls (default 10, at least {@code minimumCalls})
     * @param failureRate      percentage of failed calls that opens the breaker (default 50)
     * @param openFor          how long an open breaker refuses calls before letting two trial calls through (10 s)
     */
    public record CircuitBreaker(@DefaultValue("5") int minimumCalls, @DefaultValue("10") int windowSize,
                                 @DefaultValue("50") float failureRate, @DefaultValue("10s") Duration openFor) {
    }

    /** The defaults, for code that builds a client without Spring. */
    public static InternalApiProperties defaults() {
        return new InternalApiProperties(Duration.ofSeconds(1), Duration.ofSeconds(2),
                new CircuitBreaker(5, 10, 50, Duration.ofSeconds(10)));
    }
}

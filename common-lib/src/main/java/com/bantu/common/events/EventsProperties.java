package com.bantu.common.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bantu.events.*}.
 *
 * @param enabled    on/off for the whole feature; unset means "on when Spring Modulith's JDBC registry is on the
 *                   classpath" (a producer); a pure consumer sets {@code true}
 * @param source     the producer name put in every envelope (default {@code spring.application.name})
 * @param routes     event type to consumer service names, e.g. {@code routes[order.submitted]=workflow}; a service's
 *                   base URL is {@code bantu.services.<name>.url}, read at each delivery
 * @param delivery   the per-consumer worker pools of the delivering side
 * @param retry      the resubmission of failed deliveries
 */
@ConfigurationProperties("bantu.events")
public record EventsProperties(Boolean enabled, String source, Map<String, List<String>> routes, Delivery delivery,
                               Retry retry) {

    public EventsProperties {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
        delivery = delivery == null ? new Delivery(null, null) : delivery;
        retry = retry == null ? new Retry(null, null, null, null, null, null) : retry;
    }

    public List<String> targets(String type) {
        return routes.getOrDefault(type, List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The delivery pools: one per consumer service ({@link EventDeliveryPools}), so a slow consumer holds only its
     * own threads. Timeouts and the per-consumer circuit breaker are those of {@code InternalApiClient}
     * ({@code bantu.internal.*}).
     *
     * @param threads       delivery threads of each consumer's pool (default 2)
     * @param queueCapacity deliveries of each consumer waiting for one of its threads; beyond it they fail at once
     *                      and stay in the outbox for the resubmission (default 10000)
     */
    public record Delivery(Integer threads, Integer queueCapacity) {
        public Delivery {
            threads = threads == null ? 2 : threads;
            queueCapacity = queueCapacity == null ? 10_000 : queueCapacity;
        }
    }

    /**
     * @param interval       how often the resubmission job looks for failed deliveries (default 10 s)
     * @param initialBackoff wait after the first failure; doubles per attempt (default 10 s)
     * @param maxBackoff     cap of the wait (default 10 min)
     * @param staleAfter     a delivery neither completed nor failed after this long (its JVM died mid-delivery, or
     *                       it waited that long in its consumer's queue) is treated as failed (default 2 min)
     * @param batchSize      publications read per run (default 500)
     * @param onStartup      resubmit every failed delivery once at start-up, ignoring the back-off (default true)
     */
    public record Retry(Duration interval, Duration initialBackoff, Duration maxBackoff, Duration staleAfter,
                        Integer batchSize, Boolean onStartup) {
        public Retry {
            interval = interval == null ? Duration.ofSeconds(10) : interval;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(10) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
            staleAfter = staleAfter == null ? Duration.ofMinutes(2) : staleAfter;
            batchSize = batchSize == null ? 500 : batchSize;
            onStartup = onStartup == null ? Boolean.TRUE : onStartup;
        }
    }
}

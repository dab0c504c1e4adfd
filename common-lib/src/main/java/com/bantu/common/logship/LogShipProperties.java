package com.bantu.common.logship;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bantu.logs.ship.*}: shipping this service's log events to analytics.
 *
 * @param enabled       off unless set; every service's production configuration sets
 *                      {@code ${BANTU_LOGS_SHIP_ENABLED:true}}, tests leave it off unless a test turns it on
 * @param level         lowest level shipped (default INFO)
 * @param queueCapacity events held in memory while the sender is busy (default 10 000); when full, new events are
 *                      dropped and counted
 * @param batchSize     at most this many events per request (default 1 000, the most analytics takes in one
 *                      request; with 500 the sender and HTTP-client threads used about 55 % more CPU per event in
 *                      {@code bench/logs.sh})
 * @param flushInterval a partly filled batch is sent after this long (default 2 s)
 * @param target        the service receiving the batches ({@code bantu.services.<target>.url}), default
 *                      {@code analytics-monitoring}
 * @param callerData    whether to compute method name and line of each event (costly: a stack walk per event;
 *                      default false)
 */
@ConfigurationProperties("bantu.logs.ship")
public record LogShipProperties(@DefaultValue("false") boolean enabled,
                                @DefaultValue("INFO") String level,
                                @DefaultValue("10000") int queueCapacity,
                                @DefaultValue("1000") int batchSize,
                                @DefaultValue("2s") Duration flushInterval,
                                @DefaultValue("analytics-monitoring") String target,
                                @DefaultValue("false") boolean callerData) {

    public static LogShipProperties defaults() {
        return new LogShipProperties(true, "INFO", 10_000, 1000, Duration.ofSeconds(2), "analytics-monitoring",
                false);
    }
}

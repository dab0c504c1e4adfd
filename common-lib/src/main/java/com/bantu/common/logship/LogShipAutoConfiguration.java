package com.bantu.common.logship;

import com.bantu.common.internal.InternalApiAutoConfiguration;
import com.bantu.common.internal.InternalApiClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Log shipping ({@link LogShipper}), on with {@code bantu.logs.ship.enabled=true}. The sink is a {@link LogSink} bean
 * when the service declares one (analytics stores its own events directly), otherwise {@link HttpLogSink} over the
 * service's {@link InternalApiClient} (servlet services). Without either there is nothing to ship to: every batch is
 * dropped and counted, and a warning says so at start-up.
 */
@AutoConfiguration(after = InternalApiAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(name = {"ch.qos.logback.classic.LoggerContext", "io.micrometer.core.instrument.MeterRegistry"})
@ConditionalOnProperty(name = "bantu.logs.ship.enabled", havingValue = "true")
@EnableConfigurationProperties(LogShipProperties.class)
public class LogShipAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LogShipAutoConfiguration.class);

    @Bean
    LogShipper bantuLogShipper(LogShipProperties props, ObjectProvider<LogSink> sinks,
                               ObjectProvider<InternalApiClient> clients, ObjectProvider<MeterRegistry> meters,
                               Environment env) {
        LogSink sink = sinks.getIfAvailable();
        if (sink == null) {
            InternalApiClient client = clients.getIfAvailable();
            if (client != null) {
                if (!client.configured(props.target())) {
                    log.warn("[LogShipper] bantu.services.{}.url is not set: log events will be dropped",
                            props.target());
                }
                sink = new HttpLogSink(client, props.target());
            } else {
                log.warn("[LogShipper] no LogSink and no InternalApiClient: log events will be dropped");
                sink = batch -> {
                    throw new IllegalStateException("no log sink");
                };
            }
        }
        return new LogShipper(props, env.getProperty("spring.application.name", "unknown-service"), sink,
                meters.getIfAvailable());
    }
}

package com.bantu.analytics.alert;

import com.bantu.analytics.config.MonitoringProperties;
import com.bantu.analytics.monitoring.SystemMetricsService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the sampler every {@code bantu.monitoring.alerts.interval} (30 s) after {@code initial-delay}; off with
 * {@code bantu.monitoring.alerts.sampler-enabled=false} (the tests drive the sampler themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "bantu.monitoring.alerts.sampler-enabled", havingValue = "true", matchIfMissing = true)
public class AlertSchedule implements SchedulingConfigurer {

    private final AlertSampler sampler;
    private final SystemMetricsService metrics;
    private final MonitoringProperties props;

    public AlertSchedule(AlertSampler sampler, SystemMetricsService metrics, MonitoringProperties props) {
        this.sampler = sampler;
        this.metrics = metrics;
        this.props = props;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::tick, props.alerts().interval(),
                props.alerts().initialDelay()));
    }

    /** The lock holder samples and evaluates; every other replica still samples its own host for its gauges. */
    void tick() {
        if (!sampler.runLocked()) {
            try {
                metrics.sample();
            } catch (RuntimeException e) {
                // gauges keep their previous value; the next tick tries again
            }
        }
    }
}

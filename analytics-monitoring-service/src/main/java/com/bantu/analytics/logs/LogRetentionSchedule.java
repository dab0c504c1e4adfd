package com.bantu.analytics.logs;

import com.bantu.analytics.config.LogsProperties;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the retention job every {@code bantu.logs.retention-interval}; off with {@code retention-enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "bantu.logs.retention-enabled", havingValue = "true", matchIfMissing = true)
public class LogRetentionSchedule implements SchedulingConfigurer {

    private final LogRetention retention;
    private final LogsProperties props;

    public LogRetentionSchedule(LogRetention retention, LogsProperties props) {
        this.retention = retention;
        this.props = props;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(retention::runLocked, props.retentionInterval(),
                Duration.ofMinutes(1)));
    }
}

package com.bantu.analytics.alert;

import com.bantu.analytics.config.MonitoringProperties;
import com.bantu.analytics.monitoring.SystemMetrics;
import com.bantu.analytics.monitoring.SystemMetricsService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Samples the host and raises, escalates or resolves alerts. Runs under a ShedLock lock named
 * {@value #LOCK_NAME} in the database, so with several replicas one sample is evaluated at a time; the unique
 * {@code open_metric} index backs this up. Per metric:
 * <ul>
 *   <li>below the warning threshold: the open alert (if any) is resolved automatically;</li>
 *   <li>at a level no higher than the open alert's: nothing happens (a sustained breach is one alert);</li>
 *   <li>at a higher level than the open alert, or with none open: the open one is resolved as ESCALATED and a new
 *       ACTIVE alert is raised, counted ({@code bantu_alerts_raised_total}) and sent to the notification channels.</li>
 * </ul>
 */
@Component
public class AlertSampler {

    public static final String LOCK_NAME = "alert-sampler";
    private static final Logger log = LoggerFactory.getLogger(AlertSampler.class);

    private final SystemMetricsService metrics;
    private final AlertRepository alerts;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final AlertNotifier notifier;
    private final MeterRegistry registry;
    private final MonitoringProperties.Alerts props;
    private final String host;

    public AlertSampler(SystemMetricsService metrics, AlertRepository alerts, TransactionTemplate tx,
                        LockingTaskExecutor locks, AlertNotifier notifier, MeterRegistry registry,
                        MonitoringProperties props, AlertHost host) {
        this.metrics = metrics;
        this.alerts = alerts;
        this.tx = tx;
        this.locks = locks;
        this.notifier = notifier;
        this.registry = registry;
        this.props = props.alerts();
        this.host = host.name();
        for (String metric : List.of("cpu", "memory")) {
            for (AlertLevel level : List.of(AlertLevel.WARNING, AlertLevel.CRITICAL)) {
                counter(metric, level);
            }
        }
    }

    /** One sample under the cluster-wide lock; false when another replica (or thread) holds it. */
    public boolean runLocked() {
        try {
            LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK_NAME, props.lockAtMostFor(),
                    props.lockAtLeastFor());
            return locks.executeWithLock((LockingTaskExecutor.TaskWithResult<Void>) () -> {
                sampleOnce();
                return null;
            }, lock).wasExecuted();
        } catch (Throwable e) {
            log.warn("[AlertSampler] sample - failure: {}", e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    /** Samples and evaluates without the lock (the lock is {@link #runLocked()}'s job). Returns what was raised. */
    public List<AlertView> sampleOnce() {
        SystemMetrics m = metrics.sample();
        List<AlertView> raised = new ArrayList<>();
        evaluate("cpu", "CPU", m.cpuUsagePercent(), props.cpu(), raised);
        evaluate("memory", "内存", m.memoryUsagePercent(), props.memory(), raised);
        for (AlertView a : raised) {
            counter(a.metric(), a.level()).increment();
            notifier.notifyRaised(a);
        }
        return raised;
    }

    private void evaluate(String metric, String label, double value, MonitoringProperties.Threshold t,
                          List<AlertView> raised) {
        AlertLevel level = AlertLevel.breached(value, t.warning(), t.critical());
        try {
            AlertView view = tx.execute(status -> {
                Alert open = alerts.findByOpenMetric(metric).orElse(null);
                if (level == null) {
                    if (open != null) {
                        open.resolve(Alert.SYSTEM, "AUTO");
                        alerts.saveAndFlush(open);
                        log.info("[AlertSampler] {} back to {}% : alert {} resolved", metric, value, open.getId());
                    }
                    return null;
                }
                if (!level.escalates(open == null ? null : open.getLevel())) {
                    return null;
                }
                if (open != null) {
                    open.resolve(Alert.SYSTEM, "ESCALATED");
                    alerts.saveAndFlush(open);
                }
                double threshold = level == AlertLevel.CRITICAL ? t.critical() : t.warning();
                Alert a = alerts.saveAndFlush(Alert.raise(metric, level, title(label, level),
                        message(label, level, value, threshold), decimal(value), decimal(threshold), host));
                log.warn("[AlertSampler] {} alert raised: {} at {}% (threshold {}%)", level, metric, value, threshold);
                return AlertView.of(a);
            });
            if (view != null) {
                raised.add(view);
            }
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            log.info("[AlertSampler] {} changed concurrently (another replica or a user), next sample retries: {}",
                    metric, e.getClass().getSimpleName());
        }
    }

    /** The original's titles: CPU 使用率过高 / 较高, 内存使用率过高 / 较高. */
    static String title(String label, AlertLevel level) {
        String sep = "CPU".equals(label) ? " " : "";
        return label + sep + "使用率" + (level == AlertLevel.CRITICAL ? "过高" : "较高");
    }

    /** The original's message: {@code CPU使用率达到 87.5%，超过严重阈值 85.0%}. */
    static String message(String label, AlertLevel level, double value, double threshold) {
        return label + "使用率达到 " + decimal(value).toPlainString() + "%，超过"
                + (level == AlertLevel.CRITICAL ? "严重" : "警告") + "阈值 " + threshold + "%";
    }

    private static BigDecimal decimal(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private Counter counter(String metric, AlertLevel level) {
        return Counter.builder("bantu.alerts.raised").description("Alerts raised by the sampler")
                .tag("metric", metric).tag("level", level.name()).register(registry);
    }
}

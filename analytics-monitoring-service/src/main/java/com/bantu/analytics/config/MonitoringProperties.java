package com.bantu.analytics.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code bantu.monitoring.*}: probed services, thresholds, the alert sampler and its notifications. */
@ConfigurationProperties("bantu.monitoring")
public record MonitoringProperties(Health health, Alerts alerts, String diskPath) {

    public MonitoringProperties {
        health = health == null ? new Health(null, null, null) : health;
        alerts = alerts == null ? new Alerts(null, null, null, null, null, null, null, null, null) : alerts;
        diskPath = diskPath == null || diskPath.isBlank() ? "/" : diskPath;
    }

    /**
     * @param timeout        whole-request timeout of one probe
     * @param connectTimeout TCP connect timeout of one probe
     * @param services       what {@code /monitoring/health/services} probes ({@code <url>/actuator/health});
     *                       url {@code self} is this process, a blank url reports {@code unknown}
     */
    public record Health(Duration timeout, Duration connectTimeout, List<Target> services) {
        public Health {
            timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
            services = services == null ? List.of() : List.copyOf(services);
        }
    }

    public record Target(String name, String url) {
    }

    /**
     * @param samplerEnabled false: no scheduled sampling (tests drive the sampler themselves)
     * @param interval       time between two samples
     * @param initialDelay   first sample after start
     * @param lockAtMostFor  ShedLock safety net if a replica dies holding the lock
     * @param lockAtLeastFor keeps the lock after a sample (just under the interval): the replica that sampled keeps
     *                       the job, so alerts do not flip between replicas whose hosts differ
     */
    public record Alerts(Boolean samplerEnabled, Duration interval, Duration initialDelay, Duration lockAtMostFor,
                         Duration lockAtLeastFor, Threshold cpu, Threshold memory, Mail mail, Webhook webhook) {
        public Alerts {
            samplerEnabled = samplerEnabled == null || samplerEnabled;
            interval = interval == null ? Duration.ofSeconds(30) : interval;
            initialDelay = initialDelay == null ? Duration.ofSeconds(10) : initialDelay;
            lockAtLeastFor = lockAtLeastFor == null ? interval.multipliedBy(5).dividedBy(6) : lockAtLeastFor;
            lockAtMostFor = lockAtMostFor == null
                    ? max(lockAtLeastFor, interval.minusSeconds(1)) : lockAtMostFor;
            cpu = Threshold.withDefaults(cpu, 70.0, 85.0);
            memory = Threshold.withDefaults(memory, 75.0, 90.0);
            mail = mail == null ? new Mail(null, null, null) : mail;
            webhook = webhook == null ? new Webhook(null, null, null, null) : webhook;
            if (!lockAtLeastFor.minus(interval).isNegative()) {
                throw new IllegalStateException("bantu.monitoring.alerts.lock-at-least-for must be shorter than interval");
            }
            if (lockAtMostFor.compareTo(lockAtLeastFor) < 0) {
                throw new IllegalStateException("bantu.monitoring.alerts.lock-at-most-for must not be shorter than "
                        + "lock-at-least-for");
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Percent values; a sample {@code >=} a threshold is at that level (critical checked first). */
    public record Threshold(Double warning, Double critical) {

        static Threshold withDefaults(Threshold t, double warning, double critical) {
            Threshold out = new Threshold(t == null || t.warning() == null ? warning : t.warning(),
                    t == null || t.critical() == null ? critical : t.critical());
            if (out.warning() > out.critical()) {
                throw new IllegalStateException("warning threshold " + out.warning() + " is above critical "
                        + out.critical());
            }
            return out;
        }
    }

    public record Mail(Boolean enabled, String from, List<String> recipients) {
        public Mail {
            enabled = enabled != null && enabled;
            from = from == null || from.isBlank() ? "bantu-monitoring@localhost" : from;
            recipients = recipients == null ? List.of()
                    : recipients.stream().filter(r -> r != null && !r.isBlank()).map(String::trim).toList();
        }
    }

    public record Webhook(Boolean enabled, String url, Duration connectTimeout, Duration readTimeout) {
        public Webhook {
            enabled = enabled != null && enabled;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
        }
    }
}

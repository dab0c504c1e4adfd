package com.bantu.analytics.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * Samples the {@link MetricSource}, rounds to 2 decimals and keeps the latest sample for the Micrometer gauges
 * ({@code bantu_host_*} at {@code /actuator/prometheus}; NaN until the first sample).
 */
@Component
public class SystemMetricsService {

    private static final double MIB = 1024.0 * 1024.0;

    private final MetricSource source;
    private final AtomicReference<SystemMetrics> latest = new AtomicReference<>();

    public SystemMetricsService(MetricSource source, MeterRegistry registry) {
        this.source = source;
        gauge(registry, "bantu.host.cpu.usage", "percent", "Host CPU usage (last sample)",
                SystemMetrics::cpuUsagePercent);
        gauge(registry, "bantu.host.memory.usage", "percent", "Host memory usage (last sample)",
                SystemMetrics::memoryUsagePercent);
        gauge(registry, "bantu.host.disk.usage", "percent", "Monitored file system usage (last sample)",
                m -> m.diskUsagePercent() == null ? Double.NaN : m.diskUsagePercent());
        gauge(registry, "bantu.host.load.average.1m", null, "Host 1-minute load average (last sample)",
                m -> m.loadAverage1m() == null ? Double.NaN : m.loadAverage1m());
        gauge(registry, "bantu.host.uptime", "seconds", "Host uptime (last sample)", m -> m.uptimeSeconds());
        gauge(registry, "bantu.host.processes", null, "Processes on the host (last sample)", m -> m.processCount());
    }

    /** A fresh sample (also the new value of the gauges). */
    public SystemMetrics sample() {
        MetricSource.Sample s = source.sample();
        double[] load = s.loadAverage();
        SystemMetrics m = new SystemMetrics(round(s.cpuUsagePercent()), round(s.memoryUsagePercent()),
                round(s.memoryUsedBytes() / MIB), round(s.memoryTotalBytes() / MIB),
                s.diskUsagePercent() == null ? null : round(s.diskUsagePercent()),
                load == null ? null : round(load[0]), load == null ? null : round(load[1]),
                load == null ? null : round(load[2]), s.uptimeSeconds(), s.processCount(),
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        latest.set(m);
        return m;
    }

    static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return 0;
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private void gauge(MeterRegistry registry, String name, String unit, String description,
                       ToDoubleFunction<SystemMetrics> value) {
        Gauge.Builder<AtomicReference<SystemMetrics>> b = Gauge.builder(name, latest, ref -> {
            SystemMetrics m = ref.get();
            return m == null ? Double.NaN : value.applyAsDouble(m);
        }).description(description).strongReference(true);
        if (unit != null) {
            b.baseUnit(unit);
        }
        b.register(registry);
    }
}

package com.bantu.analytics.monitoring;

import com.bantu.analytics.config.MonitoringProperties;
import java.io.File;
import org.springframework.stereotype.Component;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.software.os.OperatingSystem;

/**
 * The production {@link MetricSource}: OSHI. CPU usage is measured between two consecutive samples (the ticks of
 * the previous call are kept), so a sample never blocks; two calls closer than 250 ms return the last figure.
 */
@Component
public class OshiMetricSource implements MetricSource {

    private static final long MIN_INTERVAL_NANOS = 250_000_000L;

    private final CentralProcessor processor;
    private final GlobalMemory memory;
    private final OperatingSystem os;
    private final File disk;
    private long[] previousTicks;
    private long previousAt;
    private double lastCpu;

    public OshiMetricSource(MonitoringProperties props) {
        SystemInfo si = new SystemInfo();
        this.processor = si.getHardware().getProcessor();
        this.memory = si.getHardware().getMemory();
        this.os = si.getOperatingSystem();
        this.disk = new File(props.diskPath());
        this.previousTicks = processor.getSystemCpuLoadTicks();
        this.previousAt = System.nanoTime();
    }

    @Override
    public Sample sample() {
        long total = memory.getTotal();
        long used = total - memory.getAvailable();
        double memPercent = total <= 0 ? 0 : used * 100.0 / total;
        double[] load = processor.getSystemLoadAverage(3);
        return new Sample(cpu(), memPercent, used, total, diskPercent(),
                load.length == 3 && load[0] >= 0 ? load : null, os.getSystemUptime(), os.getProcessCount());
    }

    private synchronized double cpu() {
        long now = System.nanoTime();
        if (now - previousAt < MIN_INTERVAL_NANOS) {
            return lastCpu;
        }
        double load = processor.getSystemCpuLoadBetweenTicks(previousTicks);
        previousTicks = processor.getSystemCpuLoadTicks();
        previousAt = now;
        if (!Double.isNaN(load) && load >= 0) {
            lastCpu = Math.min(100.0, load * 100.0);
        }
        return lastCpu;
    }

    /** As psutil (the original): used / (used + space available to unprivileged users). */
    private Double diskPercent() {
        long total = disk.getTotalSpace();
        if (total <= 0) {
            return null;
        }
        long used = total - disk.getFreeSpace();
        long denominator = used + disk.getUsableSpace();
        return denominator <= 0 ? null : used * 100.0 / denominator;
    }
}

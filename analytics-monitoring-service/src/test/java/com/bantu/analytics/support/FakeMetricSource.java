package com.bantu.analytics.support;

import com.bantu.analytics.monitoring.MetricSource;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The sampler's input in tests: figures set by the test; optionally blocks until released (lock tests). */
public class FakeMetricSource implements MetricSource {

    private volatile double cpu = 20;
    private volatile double memory = 40;
    private volatile CountDownLatch entered;
    private volatile CountDownLatch release;
    private final AtomicInteger samples = new AtomicInteger();

    public FakeMetricSource set(double cpu, double memory) {
        this.cpu = cpu;
        this.memory = memory;
        return this;
    }

    public void reset() {
        set(20, 40);
        entered = null;
        release = null;
        samples.set(0);
    }

    /** The next samples signal {@code entered} and wait for {@code release}. */
    public void blockNextSamples(CountDownLatch entered, CountDownLatch release) {
        this.entered = entered;
        this.release = release;
    }

    public int samples() {
        return samples.get();
    }

    @Override
    public Sample sample() {
        samples.incrementAndGet();
        CountDownLatch e = entered;
        CountDownLatch r = release;
        if (e != null && r != null) {
            e.countDown();
            try {
                r.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        long total = 16L * 1024 * 1024 * 1024;
        return new Sample(cpu, memory, (long) (total * memory / 100), total, 55.555, new double[] {1.234, 0.5, 0.25},
                86_400, 321);
    }
}

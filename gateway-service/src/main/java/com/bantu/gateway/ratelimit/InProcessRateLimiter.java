package com.bantu.gateway.ratelimit;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same token bucket as Spring Cloud Gateway's Redis script, kept in this process: used on the embedded
 * default without Redis and whenever Redis fails, so login stays throttled (per replica) instead of open.
 * Idle buckets are dropped once full again; the map is bounded.
 */
public class InProcessRateLimiter {

    static final int MAX_KEYS = 100_000;

    private final double replenishPerSecond;
    private final long capacity;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public InProcessRateLimiter(double replenishPerSecond, long capacity) {
        this.replenishPerSecond = replenishPerSecond;
        this.capacity = capacity;
    }

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    /** Takes {@code requested} tokens from {@code key}'s bucket; returns the tokens left, or -1 when refused. */
    public long tryAcquire(String key, int requested) {
        long now = System.nanoTime();
        if (buckets.size() >= MAX_KEYS) {
            evictFull(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= requested) {
                bucket.tokens -= requested;
                return (long) bucket.tokens;
            }
            return -1;
        }
    }

    private void refill(Bucket bucket, long now) {
        double elapsed = (now - bucket.updatedNanos) / 1e9;
        bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * replenishPerSecond);
        bucket.updatedNanos = now;
    }

    private void evictFull(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            synchronized (b) {
                refill(b, now);
                if (b.tokens >= capacity) {
                    it.remove();
                }
            }
        }
        if (buckets.size() >= MAX_KEYS) {
            // every bucket busy: refuse to grow without bound, start over (rare, and only fails open briefly)
            buckets.clear();
        }
    }

    int size() {
        return buckets.size();
    }
}

package com.bantu.foundation.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.error.ApiException;
import com.bantu.common.error.ErrorKey;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PasswordCheckBulkheadTest {

    @Test
    void defaultSizeIsHalfTheCoresAndAtLeastOne() {
        assertThat(PasswordCheckBulkhead.defaultSize(1)).isEqualTo(1);
        assertThat(PasswordCheckBulkhead.defaultSize(2)).isEqualTo(1);
        assertThat(PasswordCheckBulkhead.defaultSize(8)).isEqualTo(4);
        assertThat(new PasswordCheckBulkhead(3, Duration.ofSeconds(1)).size()).isEqualTo(3);
    }

    @Test
    void neverRunsMoreChecksAtOnceThanItsPermits() throws Exception {
        PasswordCheckBulkhead bulkhead = new PasswordCheckBulkhead(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<?>[] calls = new Future<?>[16];
            for (int i = 0; i < calls.length; i++) {
                calls[i] = pool.submit(() -> bulkhead.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(20);
                    running.decrementAndGet();
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aCheckThatWaitsLongerThanMaxWaitIsRefusedWith503AndReleasesNothing() throws Exception {
        PasswordCheckBulkhead bulkhead = new PasswordCheckBulkhead(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> bulkhead.run(() -> {
                holding.countDown();
                await(release);
                return "first";
            }));
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> bulkhead.run(() -> "second"))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.key()).isEqualTo(ErrorKey.UNAVAILABLE);
                        assertThat(e.status().value()).isEqualTo(503);
                    });
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            // the refused call did not release a permit it never had: still exactly one
            assertThat(bulkhead.run(() -> "third")).isEqualTo("third");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingCheckGivesItsPermitBack() {
        PasswordCheckBulkhead bulkhead = new PasswordCheckBulkhead(1, Duration.ofMillis(100));
        assertThatThrownBy(() -> bulkhead.run(() -> {
            throw new IllegalStateException("bad credentials");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(bulkhead.run(() -> "next")).isEqualTo("next");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

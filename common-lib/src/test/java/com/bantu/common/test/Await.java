package com.bantu.common.test;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition every 100 ms until it holds, failing with "timed out waiting until <what>" after {@code within}. */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what);
            }
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}

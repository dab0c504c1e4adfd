package com.bantu.servicemanagement.supplier;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes future-dated vendor cost prices onto their offers once their moment has come, every
 * {@code bantu.suppliers.roll-forward-ms} (60 s), on one replica at a time (ShedLock lock {@value #LOCK} in the
 * {@code shedlock} table, through common-lib's executor). Reads do not wait for it: a supplier's services already
 * show a due price; the job makes the stored columns (and the older vendor-product API) follow.
 */
@Component
@EnableScheduling
public class VendorPriceRollForward {

    static final String LOCK = "vendor-price-roll-forward";
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(VendorPriceRollForward.class);

    private final SupplierOffers offers;
    private final LockingTaskExecutor locks;

    public VendorPriceRollForward(SupplierOffers offers, LockingTaskExecutor locks) {
        this.offers = offers;
        this.locks = locks;
    }

    @Scheduled(fixedDelayString = "${bantu.suppliers.roll-forward-ms:60000}",
            initialDelayString = "${bantu.suppliers.roll-forward-ms:60000}")
    public void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("[VendorPriceRollForward] run - failure: {}: {}", e.getClass().getSimpleName(), e.getMessage());
        }
    }

    /** One round; returns the prices applied (0 when another replica holds the lock). */
    public int run() {
        int[] applied = {0};
        locks.executeWithLock((Runnable) () -> {
            applied[0] = offers.rollForward(BATCH);
            if (applied[0] > 0) {
                log.info("[VendorPriceRollForward] {} future vendor prices took effect", applied[0]);
            }
        }, new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(5), Duration.ZERO));
        return applied[0];
    }
}

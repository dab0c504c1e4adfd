package com.bantu.servicemanagement.customer;

import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.internal.InternalCallException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

/**
 * Gives customers that predate the organization column (migration V6) their owner's organization, so that an
 * organization-scoped role sees them. Organizations of users live in foundation: each round reads a batch of such
 * customers, asks foundation for their owners' primary organizations ({@code GET /internal/users/primary-organizations},
 * outside any transaction), then sets {@code organization_id} where it is still empty and gives the customers'
 * service records without one the same organization (as V6 did for the rows it could). Owners foundation does not
 * place in an organization are skipped until the next start; a customer somebody gave an organization meanwhile is
 * left alone. Runs {@code bantu.customers.organization-backfill.delay} (10 min) after start and then at that
 * interval, on one replica at a time (ShedLock); {@code bantu.customers.organization-backfill.enabled=false} leaves it
 * out. Its updates are plain SQL: they are not audit records (no request made them).
 */
@Component
@ConditionalOnProperty(name = "bantu.customers.organization-backfill.enabled", matchIfMissing = true)
@EnableScheduling
public class CustomerOrganizationBackfill {

    static final String LOCK = "customer-organization-backfill";
    private static final int BATCH = 200;
    private static final String FOUNDATION = "foundation";
    private static final TypeReference<Map<String, String>> ORGANIZATIONS = new TypeReference<>() { };
    private static final Logger log = LoggerFactory.getLogger(CustomerOrganizationBackfill.class);

    private record Pending(String id, String owner) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final InternalApiClient foundation;
    private final LockingTaskExecutor locks;
    /** Owners foundation placed in no organization, skipped by this process (ids only ever grow). */
    private volatile String after = "";

    public CustomerOrganizationBackfill(JdbcTemplate jdbc, TransactionTemplate tx, InternalApiClient foundation,
                                        LockingTaskExecutor locks) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.foundation = foundation;
        this.locks = locks;
    }

    @Scheduled(fixedDelayString = "${bantu.customers.organization-backfill.delay:600000}",
            initialDelayString = "${bantu.customers.organization-backfill.delay:600000}")
    public void scheduled() {
        try {
            run();
        } catch (InternalCallException e) {
            log.debug("[CustomerOrganizationBackfill] run - foundation unavailable ({}), next round later", e.reason());
        } catch (RuntimeException e) {
            log.warn("[CustomerOrganizationBackfill] run - failure: {}: {}", e.getClass().getSimpleName(),
                    e.getMessage());
        }
    }

    /** Rounds of {@value #BATCH} until no customer is left to place; returns the customers given an organization. */
    public int run() {
        int[] placed = {0};
        locks.executeWithLock((Runnable) () -> {
            List<Pending> batch;
            while (!(batch = pending()).isEmpty()) {
                placed[0] += place(batch);
                after = batch.get(batch.size() - 1).id();
            }
            if (placed[0] > 0) {
                log.info("[CustomerOrganizationBackfill] {} customers placed in their owner's organization", placed[0]);
            }
        }, new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(10), Duration.ZERO));
        return placed[0];
    }

    /** Starts again from the first customer (a test, or after foundation placed more users). */
    void restart() {
        after = "";
    }

    private List<Pending> pending() {
        return jdbc.query("SELECT id, COALESCE(owner_user_id, created_by) AS owner FROM customers "
                        + "WHERE organization_id IS NULL AND COALESCE(owner_user_id, created_by) IS NOT NULL AND id > ? "
                        + "ORDER BY id LIMIT " + BATCH,
                (rs, n) -> new Pending(rs.getString("id"), rs.getString("owner")), after);
    }

    private int place(List<Pending> batch) {
        List<String> owners = batch.stream().map(Pending::owner).distinct().toList();
        Map<String, String> organizations = foundation.get(FOUNDATION, "/internal/users/primary-organizations",
                Map.of("ids", String.join(",", owners)), ORGANIZATIONS);
        List<Object[]> updates = batch.stream().filter(p -> organizations.get(p.owner()) != null)
                .map(p -> new Object[] {organizations.get(p.owner()), p.id()}).toList();
        if (updates.isEmpty()) {
            return 0;
        }
        Integer placed = tx.execute(st -> {
            int n = 0;
            for (int c : jdbc.batchUpdate("UPDATE customers SET organization_id = ? WHERE id = ? "
                    + "AND organization_id IS NULL", updates)) {
                n += Math.max(c, 0);
            }
            jdbc.batchUpdate("UPDATE service_records SET organization_id = ? WHERE customer_id = ? "
                    + "AND organization_id IS NULL", updates);
            return n;
        });
        return placed == null ? 0 : placed;
    }
}

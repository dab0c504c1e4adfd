package com.bantu.business.order;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The order list's two queries without the price of a full count on every page: the page's rows (offset and limit,
 * newest first, no count query), and the {@code total}, reused per caller scope and filter for
 * {@code bantu.orders.count-ttl} (10 s) unless an order was written by this instance in the meantime (any insert,
 * update or delete of an order bumps a version that every cached total is checked against). A write on another
 * replica shows in that replica's totals at once and in this one's after at most the TTL.
 */
@Component
public class OrderCounts {

    private static final AtomicLong VERSION = new AtomicLong();
    private static final int MAX_ENTRIES = 10_000;

    private record Cached(long total, long version, long expiresAt) {
    }

    @PersistenceContext
    private EntityManager em;
    private final long ttlNanos;
    private final Map<Object, Cached> totals = new ConcurrentHashMap<>();

    public OrderCounts(@Value("${bantu.orders.count-ttl:10s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The total of {@code key} (scope and filter), counted by {@code count} when not cached or stale. */
    long total(Object key, LongSupplier count) {
        long now = System.nanoTime();
        long version = VERSION.get();
        Cached c = totals.get(key);
        if (c != null && c.version() == version && c.expiresAt() - now > 0) {
            return c.total();
        }
        long total = count.getAsLong();
        if (totals.size() >= MAX_ENTRIES) {
            totals.clear();
        }
        totals.put(key, new Cached(total, version, now + ttlNanos));
        return total;
    }

    /** One page of rows matching {@code spec}, newest first (created_at, id descending), without a count query. */
    List<Order> page(Specification<Order> spec, long offset, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Order> q = cb.createQuery(Order.class);
        Root<Order> root = q.from(Order.class);
        Predicate p = spec.toPredicate(root, q, cb);
        if (p != null) {
            q.where(p);
        }
        q.orderBy(cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
        return em.createQuery(q).setFirstResult(Math.toIntExact(offset)).setMaxResults(size).getResultList();
    }

    /** JPA callbacks of {@link Order}: any written order makes every cached total stale. */
    public static class Listener {

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Order o) {
            VERSION.incrementAndGet();
        }
    }
}

package com.bantu.business.order;

import com.bantu.business.support.Scope;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Data scopes of orders as query conditions: ADMIN every order; FINANCE reads every order; SALES the orders they
 * sell or created; OPERATION the orders assigned to them; anyone else none.
 */
final class OrderScope {

    private OrderScope() {
    }

    static Specification<Order> readable(Scope s) {
        if (s.readsAllOrders()) {
            return (root, q, cb) -> null;
        }
        return own(s);
    }

    /** Orders the caller may change: FINANCE reads all but writes none of its own accord. */
    static Specification<Order> writable(Scope s) {
        if (s.admin()) {
            return (root, q, cb) -> null;
        }
        return own(s);
    }

    /** {@link #writable} for a loaded order. */
    static boolean canWrite(Scope s, Order o) {
        if (s.admin()) {
            return true;
        }
        return (s.sales() && (s.userId().equals(o.salesUserId) || s.userId().equals(o.createdBy)))
                || (s.operation() && s.userId().equals(o.assignedToUserId));
    }

    private static Specification<Order> own(Scope s) {
        return (root, q, cb) -> {
            List<Predicate> any = new ArrayList<>();
            if (s.sales()) {
                any.add(cb.equal(root.get("salesUserId"), s.userId()));
                any.add(cb.equal(root.get("createdBy"), s.userId()));
            }
            if (s.operation()) {
                any.add(cb.equal(root.get("assignedToUserId"), s.userId()));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
    }
}

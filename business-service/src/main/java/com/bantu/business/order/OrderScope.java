package com.bantu.business.order;

import com.bantu.business.support.Scope;
import com.bantu.common.scope.DataScope;
import com.bantu.common.scope.Owned;
import org.springframework.data.jpa.domain.Specification;

/**
 * Data scopes of orders (common-lib {@link Owned}): an order belongs to its sales user, its creator and the
 * operation user it is assigned to, and to its organization. Role defaults: ADMIN every order; FINANCE reads every
 * order (and changes none through the scope); SALES the orders they sell, created or are assigned; OPERATION only the
 * orders assigned to them (an organization scope does not widen that for an operation-only user); AGENT none. An
 * explicit {@code org}/{@code org_and_children} scope in the token adds the orders of those organizations (a sales
 * manager).
 */
final class OrderScope {

    static final Owned<Order> OWNED = Owned.<Order>by("salesUserId", "createdBy", "assignedToUserId")
            .organization("organizationId");

    private OrderScope() {
    }

    static Specification<Order> readable(Scope s) {
        return OWNED.in(forOrders(s, s.data()));
    }

    /** Orders the caller may change: FINANCE reads all but writes none of its own accord. */
    static Specification<Order> writable(Scope s) {
        return OWNED.in(forOrders(s, s.writes()));
    }

    /** {@link #writable} for a loaded order. */
    static boolean canWrite(Scope s, Order o) {
        return forOrders(s, s.writes()).covers(o.organizationId, o.salesUserId, o.createdBy, o.assignedToUserId);
    }

    private static DataScope forOrders(Scope s, DataScope d) {
        return s.operationOnly() ? d.atMost(DataScope.Level.OWN) : d;
    }
}

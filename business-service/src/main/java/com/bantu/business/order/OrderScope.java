package com.bantu.business.order;

import com.bantu.business.support.Scope;
import com.bantu.common.scope.DataScope;
import com.bantu.common.scope.Owned;
import com.bantu.common.scope.StatsScope;
import org.springframework.data.jpa.domain.Specification;

/**
 * Data scopes of orders (common-lib {@link Owned}): an order belongs to its sales user, its creator and the
 * operation user it is assigned to, and to its organization. Role defaults: ADMIN every order; FINANCE reads every
 * order (and changes none through the scope); SALES the orders they sell, created or are assigned; OPERATION only the
 * orders assigned to them (an organization scope does not widen that for an operation-only user); AGENT none. An
 * explicit {@code org}/{@code org_and_children} scope in the token adds the orders of those organizations (a sales
 * manager).
 */
public final class OrderScope {

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

    /**
     * The orders a dashboard reader sees (analytics' {@link StatsScope}), by the rule of {@link #readable}: an
     * operation-only reader only the orders assigned to them (or sold or created by them).
     */
    public static DataScope ofReader(StatsScope reader) {
        boolean operationOnly = reader.hasRole("OPERATION") && !reader.hasRole("ADMIN") && !reader.hasRole("SALES")
                && !reader.hasRole("FINANCE");
        DataScope d = reader.dataScope();
        return operationOnly ? d.atMost(DataScope.Level.OWN) : d;
    }

    /**
     * {@link #OWNED} as a JPQL condition on the order alias {@code alias} (values bound by name into {@code params}),
     * for aggregate queries; null for {@code all}.
     */
    public static String jpql(DataScope scope, String alias, java.util.Map<String, Object> params) {
        DataScope.Sql sql = scope.sql(alias + ".organizationId", alias + ".salesUserId", alias + ".createdBy",
                alias + ".assignedToUserId");
        if (sql == null) {
            return null;
        }
        StringBuilder named = new StringBuilder();
        int arg = 0;
        for (char ch : sql.condition().toCharArray()) {
            if (ch == '?') {
                String name = "scope" + arg;
                params.put(name, sql.args().get(arg++));
                named.append(':').append(name);
            } else {
                named.append(ch);
            }
        }
        return named.toString();
    }
}

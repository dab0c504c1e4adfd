package com.bantu.finance.config;

import com.bantu.common.scope.DataScope;
import com.bantu.common.scope.Owned;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;

/**
 * The caller and their data scope (common-lib {@link DataScope}, from the verified token only: its {@code scope}
 * claim, else the role default). Finance's rows (receivables, payments, collection tasks) follow the order they
 * belong to, through the copy of the order finance keeps: its sales user and organization. ADMIN, FINANCE and SERVICE
 * see every order's money; SALES the orders they sell (an organization scope also its organizations' orders).
 */
public record Caller(String userId, DataScope scope, boolean financeRole) {

    /** How an order (finance's copy of it) is owned. */
    private static final Owned<Object> ORDERS = Owned.by("salesUserId").organization("organizationId");

    public static Caller current() {
        BantuPrincipal p = CurrentUser.get();
        return new Caller(p.userId(), DataScope.of(p),
                p.hasRole("ADMIN") || p.hasRole("FINANCE") || p.hasRole("SERVICE"));
    }

    /**
     * A right, not a scope: ADMIN, FINANCE or SERVICE may act on any task or payment within their scope (complete
     * someone else's task, cancel another's payment, filter tasks by assignee).
     */
    public boolean all() {
        return financeRole;
    }

    /** Whether an order with this organization and sales user is in the caller's scope. */
    public boolean sees(String orderOrganizationId, String orderSalesUserId) {
        return scope.covers(orderOrganizationId, orderSalesUserId);
    }

    /** The scope as a condition on a joined order row; null when the caller sees every order. */
    public Predicate orders(From<?, ?> order, CriteriaQuery<?> q, CriteriaBuilder cb) {
        return ORDERS.on(scope, order, q, cb);
    }
}

package com.bantu.business.support;

import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;

/**
 * The caller's data scope, from the verified token only. Every list and lookup of an owned record (order, lead,
 * opportunity) turns it into a query condition, so a record outside the scope is simply not found (404).
 */
public record Scope(String userId, String organizationId, boolean admin, boolean finance, boolean sales,
                    boolean operation) {

    public static Scope current() {
        BantuPrincipal p = CurrentUser.get();
        return new Scope(p.userId(), p.organizationId(), p.hasRole("ADMIN"), p.hasRole("FINANCE"),
                p.hasRole("SALES"), p.hasRole("OPERATION"));
    }

    /** Reads every order: ADMIN, and FINANCE (read only). */
    public boolean readsAllOrders() {
        return admin || finance;
    }
}

package com.bantu.business.support;

import com.bantu.common.scope.DataScope;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;

/**
 * The caller as the business features need it, from the verified token only: who they are, their organization,
 * whether they hold ADMIN (rights such as reassigning), and their data scope (common-lib {@link DataScope}: the
 * token's {@code scope} claim, else the role default) for reads and for writes. Every list and lookup of an owned
 * record (order, lead, opportunity) turns the data scope into a query condition, so a record outside it is simply not
 * found (404).
 */
public record Scope(String userId, String organizationId, boolean admin, DataScope data, DataScope writes) {

    public static Scope current() {
        BantuPrincipal p = CurrentUser.get();
        return new Scope(p.userId(), p.organizationId(), p.hasRole("ADMIN"), DataScope.of(p),
                DataScope.forWrites(p));
    }

    /** Whether the caller holds OPERATION and none of the roles that see orders by ownership or in full. */
    public boolean operationOnly() {
        BantuPrincipal p = CurrentUser.get();
        return p.hasRole("OPERATION") && !p.hasRole("ADMIN") && !p.hasRole("SALES") && !p.hasRole("FINANCE");
    }
}

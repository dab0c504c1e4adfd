package com.bantu.finance.config;

import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;

/**
 * The caller's data scope, from the verified token only: ADMIN, FINANCE and SERVICE see every order's money;
 * anyone else (SALES, since the endpoints admit no other role) only orders whose sales user they are.
 */
public record Caller(String userId, boolean all) {

    public static Caller current() {
        BantuPrincipal p = CurrentUser.get();
        return new Caller(p.userId(), p.hasRole("ADMIN") || p.hasRole("FINANCE") || p.hasRole("SERVICE"));
    }

    /** Null when the caller sees everything, else the sales user id every query is restricted to. */
    public String salesScope() {
        return all ? null : userId;
    }

    public boolean sees(String orderSalesUserId) {
        return all || (userId != null && userId.equals(orderSalesUserId));
    }
}

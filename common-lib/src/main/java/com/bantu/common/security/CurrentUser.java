package com.bantu.common.security;

import com.bantu.common.error.ErrorKey;
import com.bantu.common.error.UnauthorizedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in principal of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static BantuPrincipal get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof BantuPrincipal p) {
            return p;
        }
        throw new UnauthorizedException(ErrorKey.UNAUTHENTICATED.message());
    }

    public static String id() {
        return get().userId();
    }
}

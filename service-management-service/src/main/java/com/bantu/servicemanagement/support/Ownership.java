package com.bantu.servicemanagement.support;

import com.bantu.common.error.ForbiddenException;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;
import com.bantu.common.security.Roles;

/**
 * Who may hand a record to someone else or lock it: an administrator (or another service, e.g. a lead conversion
 * naming the lead's owner). Anyone else may leave the owner as it is, or name themselves when it is empty; anything
 * else is a 403 naming the field. Audit columns (created_by, updated_by, import provenance) are never read from a
 * body at all.
 */
public final class Ownership {

    private Ownership() {
    }

    /** ADMIN or a SERVICE token. */
    public static boolean mayReassign() {
        BantuPrincipal p = CurrentUser.get();
        return p.hasRole(Roles.ROLE_ADMIN) || p.hasRole("SERVICE");
    }

    /** A change of an owner column from {@code current} to {@code requested} (null = not sent). */
    public static void checkOwner(String field, String current, String requested) {
        if (requested == null || requested.isBlank() || requested.trim().equals(current) || mayReassign()) {
            return;
        }
        if (current == null && requested.trim().equals(CurrentUser.id())) {
            return;
        }
        throw new ForbiddenException("只有管理员可以更换负责人 (" + field + ")");
    }

    /** A change of a lock flag (null = not sent). */
    public static void checkLock(boolean current, Boolean requested) {
        if (requested == null || requested == current || mayReassign()) {
            return;
        }
        throw new ForbiddenException("只有管理员可以锁定或解锁 (is_locked)");
    }
}

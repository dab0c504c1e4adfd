package com.bantu.business.config;

/**
 * Who may call what, as {@code @PreAuthorize} expressions. Which records a caller sees is decided separately, inside
 * the queries (data scopes, see {@code Scope}): ADMIN all, FINANCE reads every order, SALES their own, OPERATION the
 * orders assigned to them. AGENT (external channel agents) has no access to business data.
 * <ul>
 *   <li>ORDER_READ: ADMIN, SALES, FINANCE, OPERATION.</li>
 *   <li>ORDER_CREATE: ADMIN, SALES.</li>
 *   <li>ORDER_WRITE: updates, items, comments, files, status changes — ADMIN, SALES, OPERATION (scope decides which
 *       orders; FINANCE only reads).</li>
 *   <li>SALES_WORK: leads and opportunities — ADMIN, SALES.</li>
 *   <li>STAFF: reference lists and one's own notifications — every internal role.</li>
 *   <li>ADMIN: assigning orders, verifying files, lead pools.</li>
 *   <li>INTERNAL: the {@code /internal/**} API for other services — SERVICE tokens or ADMIN.</li>
 * </ul>
 */
public final class Roles {

    private Roles() {
    }

    public static final String ORDER_READ = "hasAnyRole('ADMIN','SALES','FINANCE','OPERATION')";
    public static final String ORDER_CREATE = "hasAnyRole('ADMIN','SALES')";
    public static final String ORDER_WRITE = "hasAnyRole('ADMIN','SALES','OPERATION')";
    public static final String SALES_WORK = "hasAnyRole('ADMIN','SALES')";
    public static final String STAFF = "hasAnyRole('ADMIN','SALES','FINANCE','OPERATION')";
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String INTERNAL = "hasAnyRole('SERVICE','ADMIN')";
}

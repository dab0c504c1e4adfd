package com.bantu.common.security;

/**
 * Who may do what, as {@code @PreAuthorize} expressions: the one place every service takes them from (a service never
 * writes a role expression inline). Roles come from the verified token only.
 * <ul>
 *   <li>{@link #READ}: every internal role (ADMIN, SALES, FINANCE, OPERATION). AGENT (external channel agents) has no
 *       access until an agent portal defines what an agent may see.</li>
 *   <li>{@link #CUSTOMER_WRITE}: customers, contacts, documents, follow-ups, service records.</li>
 *   <li>{@link #PAYMENT_WRITE}: payment stages.</li>
 *   <li>{@link #CATALOG_WRITE}: categories, service types, products, vendor offers, customer sources and channels.</li>
 *   <li>{@link #ADMIN}: administration (users, roles, organizations, monitoring, deletes and restores).</li>
 *   <li>{@link #INTERNAL}: the {@code /internal/**} APIs services call on each other: SERVICE tokens only (a user
 *       token, ADMIN's included, is refused; the security filter chain also refuses SERVICE tokens anywhere else).</li>
 * </ul>
 */
public final class Roles {

    /** Role names as they appear in tokens (without the {@code ROLE_} prefix). */
    public static final String ROLE_ADMIN = "ADMIN";

    public static final String READ = "hasAnyRole('ADMIN','SALES','FINANCE','OPERATION')";
    public static final String CUSTOMER_WRITE = "hasAnyRole('ADMIN','SALES','OPERATION')";
    public static final String PAYMENT_WRITE = "hasAnyRole('ADMIN','SALES','FINANCE')";
    public static final String CATALOG_WRITE = "hasRole('ADMIN')";
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String INTERNAL = "hasRole('SERVICE')";

    private Roles() {
    }
}

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
 * Permission-based constants (appended below) share ONE expression style: {@code hasRole('ADMIN') or
 * hasAuthority('<catalogue code>')}. ADMIN short-circuits (it holds every permission anyway); the authority is a
 * code of the token's {@code perms} claim (foundation's permission catalogue: {@code resource.action}), which
 * common-lib's filter maps to authorities as it is.
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
    /** Any verified token (every role, AGENT included): shared reference data such as product dependencies. */
    public static final String SIGNED_IN = "isAuthenticated()";
    /** Supplier (vendor organization) pages: ADMIN and OPERATION read them. */
    public static final String SUPPLIER_READ = "hasAnyRole('ADMIN','OPERATION')";

    /** Sales work: creating orders, leads and opportunities (ADMIN, SALES). */
    public static final String SALES_WORK = "hasAnyRole('ADMIN','SALES')";
    /** Order edits, items, stages, comments and files (ADMIN, SALES, OPERATION; the data scope narrows further). */
    public static final String ORDER_WRITE = "hasAnyRole('ADMIN','SALES','OPERATION')";
    /** Finance reads: receivables, payments, collection tasks (ADMIN, FINANCE, SALES). */
    public static final String FINANCE_READ = "hasAnyRole('ADMIN','FINANCE','SALES')";
    /** Finance writes: payment confirmation, receivable plans, refunds (ADMIN, FINANCE). */
    public static final String FINANCE_WRITE = "hasAnyRole('ADMIN','FINANCE')";

    /** Staff pickers: the slim user projection (id, username, display name). SALES, OPERATION, FINANCE by seed. */
    public static final String USER_LIST = "hasRole('ADMIN') or hasAuthority('user.list')";
    /** Full user records (e-mail, phone, address, messengers, last login) of other users. ADMIN only by seed. */
    public static final String USER_DETAILS = "hasRole('ADMIN') or hasAuthority('user.update')";
    /** An organization's employees and its tax id, registration and revenue figures. ADMIN only by seed. */
    public static final String ORGANIZATION_DETAILS = "hasRole('ADMIN') or hasAuthority('organization.update')";
    /** The permission catalogue and role grants (read). */
    public static final String PERMISSION_VIEW = "hasRole('ADMIN') or hasAuthority('permission.view')";

    private Roles() {
    }
}

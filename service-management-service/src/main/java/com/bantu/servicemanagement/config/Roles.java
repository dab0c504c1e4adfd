package com.bantu.servicemanagement.config;

/**
 * Who may do what (the original only hid pages in the browser). Expressions for {@code @PreAuthorize}.
 * <ul>
 *   <li>READ: every internal role (ADMIN, SALES, FINANCE, OPERATION). AGENT (external channel agents) has no access
 *       to this API until an agent portal defines what an agent may see.</li>
 *   <li>CUSTOMER_WRITE: customers, contacts, documents, follow-ups, service records — ADMIN, SALES, OPERATION.</li>
 *   <li>PAYMENT_WRITE: payment stages — ADMIN, SALES, FINANCE.</li>
 *   <li>CATALOG_WRITE: categories, service types, products, vendor products, customer sources and channels — ADMIN.</li>
 *   <li>ADMIN: deleting and restoring customers and service records.</li>
 *   <li>INTERNAL: the {@code /internal/**} API for other services — SERVICE tokens or ADMIN.</li>
 * </ul>
 */
public final class Roles {

    private Roles() {
    }

    public static final String READ = "hasAnyRole('ADMIN','SALES','FINANCE','OPERATION')";
    public static final String CUSTOMER_WRITE = "hasAnyRole('ADMIN','SALES','OPERATION')";
    public static final String PAYMENT_WRITE = "hasAnyRole('ADMIN','SALES','FINANCE')";
    public static final String CATALOG_WRITE = "hasRole('ADMIN')";
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String INTERNAL = "hasAnyRole('SERVICE','ADMIN')";
}

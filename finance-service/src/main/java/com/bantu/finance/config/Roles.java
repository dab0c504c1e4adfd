package com.bantu.finance.config;

/**
 * Who may do what, as {@code @PreAuthorize} expressions.
 * <ul>
 *   <li>READ: ADMIN, FINANCE (everything) and SALES (only the receivables, payments and collection tasks of orders
 *       whose sales user they are — applied inside the queries; anything else answers 404). OPERATION and AGENT
 *       have no finance access: every finance endpoint answers them 403.</li>
 *   <li>FINANCE: plans, stage edits and cancels, payment confirm/cancel, reports and statistics — ADMIN, FINANCE.</li>
 *   <li>PAYMENT_CREATE: recording a payment — ADMIN, FINANCE, SALES (own orders).</li>
 *   <li>INTERNAL: {@code /internal/**} for other services — SERVICE tokens or ADMIN.</li>
 * </ul>
 */
public final class Roles {

    private Roles() {
    }

    public static final String READ = "hasAnyRole('ADMIN','FINANCE','SALES')";
    public static final String FINANCE = "hasAnyRole('ADMIN','FINANCE')";
    public static final String INTERNAL = "hasAnyRole('SERVICE','ADMIN')";
}

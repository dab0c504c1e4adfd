package com.bantu.workflow.config;

/**
 * Who may call what, as {@code @PreAuthorize} expressions. Finer rules (candidate group, assignee, the order's own
 * sales user, data scopes) are applied by the services on the record itself.
 * <ul>
 *   <li>READ: every internal role (ADMIN, SALES, FINANCE, OPERATION); AGENT has no access to approvals.</li>
 *   <li>ADMIN: deploying, changing and suspending definitions; suspending and resuming instances; assigning tasks.</li>
 *   <li>INTERNAL: the {@code /internal/**} API for other services — SERVICE tokens or ADMIN.</li>
 * </ul>
 */
public final class Roles {

    private Roles() {
    }

    public static final String READ = "hasAnyRole('ADMIN','SALES','FINANCE','OPERATION')";
    public static final String ADMIN = "hasRole('ADMIN')";
    public static final String INTERNAL = "hasAnyRole('SERVICE','ADMIN')";

    /** Roles that see every instance (FINANCE reads every order). */
    public static final java.util.Set<String> SEE_ALL = java.util.Set.of("ADMIN", "FINANCE");
}

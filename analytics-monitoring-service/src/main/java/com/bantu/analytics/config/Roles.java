package com.bantu.analytics.config;

/**
 * Who may call what (the server decides). Analytics figures are for internal staff; AGENT (an external
 * channel partner) is refused company-wide figures. Monitoring shows host, database and alert data: ADMIN only
 * (OPERATION is the order-processing role, not IT operations).
 */
public final class Roles {

    public static final String ANALYTICS_READERS = "hasAnyRole('ADMIN','SALES','FINANCE','OPERATION')";
    public static final String MONITORING = "hasRole('ADMIN')";

    private Roles() {
    }
}

package com.bantu.analytics.alert;

/** Severity, in rising order (INFO is part of the contract but never raised by the sampler). */
public enum AlertLevel {
    INFO, WARNING, CRITICAL;

    /**
     * The level a sampled value breaches: CRITICAL at or above {@code critical}, WARNING at or above {@code warning},
     * otherwise none (null).
     */
    public static AlertLevel breached(double value, double warning, double critical) {
        if (value >= critical) {
            return CRITICAL;
        }
        return value >= warning ? WARNING : null;
    }

    /** Whether an alert at this level supersedes an open one at {@code open} (a sustained breach is one alert). */
    public boolean escalates(AlertLevel open) {
        return open == null || compareTo(open) > 0;
    }
}

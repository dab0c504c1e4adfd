package com.bantu.analytics.alert;

/** Severity, in rising order (INFO is part of the contract but never raised by the sampler). */
public enum AlertLevel {
    INFO, WARNING, CRITICAL
}

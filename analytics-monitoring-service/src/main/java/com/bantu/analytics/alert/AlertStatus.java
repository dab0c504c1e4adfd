package com.bantu.analytics.alert;

/** ACTIVE → ACKNOWLEDGED → RESOLVED (ACTIVE → RESOLVED directly when the metric recovers or someone resolves it). */
public enum AlertStatus {
    ACTIVE, ACKNOWLEDGED, RESOLVED
}

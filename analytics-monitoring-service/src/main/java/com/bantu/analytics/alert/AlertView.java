package com.bantu.analytics.alert;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The original's AlertResponse fields plus metric, value, threshold, who acknowledged/resolved and how. */
public record AlertView(String id, String metric, AlertLevel level, String title, String message,
                        AlertStatus status, BigDecimal value, BigDecimal threshold, String raisedBy,
                        LocalDateTime createdAt, LocalDateTime acknowledgedAt, String acknowledgedBy,
                        LocalDateTime resolvedAt, String resolvedBy, String resolution) {

    static AlertView of(Alert a) {
        return new AlertView(a.getId(), a.getMetric(), a.getLevel(), a.getTitle(), a.getMessage(), a.getStatus(),
                a.getMetricValue(), a.getThreshold(), a.getRaisedBy(), a.getCreatedAt(), a.getAcknowledgedAt(),
                a.getAcknowledgedBy(), a.getResolvedAt(), a.getResolvedBy(), a.getResolution());
    }
}

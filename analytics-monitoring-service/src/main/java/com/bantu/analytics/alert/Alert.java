package com.bantu.analytics.alert;

import com.bantu.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One alert. {@code open_metric} holds the metric while the alert is open (ACTIVE or ACKNOWLEDGED) and is null
 * once resolved; its unique index makes "one open alert per metric" a database rule, so two replicas racing
 * past the lock still cannot raise twice.
 */
@Entity
@Table(name = "alerts")
public class Alert extends BaseEntity {

    public static final String SYSTEM = "system";

    @Column(nullable = false, length = 32)
    private String metric;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level", nullable = false, length = 16)
    private AlertLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AlertStatus status;

    @Column(nullable = false, length = 255)
    private String title;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(name = "metric_value", nullable = false, precision = 7, scale = 2)
    private BigDecimal metricValue;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal threshold;

    @Column(name = "open_metric", length = 32)
    private String openMetric;

    @Column(name = "raised_by", length = 255)
    private String raisedBy;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(length = 16)
    private String resolution;

    @Version
    @Column(nullable = false)
    private long version;

    protected Alert() {
    }

    static Alert raise(String metric, AlertLevel level, String title, String message, BigDecimal value,
                       BigDecimal threshold, String raisedBy) {
        Alert a = new Alert();
        a.metric = metric;
        a.level = level;
        a.status = AlertStatus.ACTIVE;
        a.title = title;
        a.message = message;
        a.metricValue = value;
        a.threshold = threshold;
        a.openMetric = metric;
        a.raisedBy = raisedBy;
        return a;
    }

    boolean isOpen() {
        return status != AlertStatus.RESOLVED;
    }

    /** @return false when already acknowledged (no change) */
    boolean acknowledge(String by) {
        if (status != AlertStatus.ACTIVE) {
            return false;
        }
        status = AlertStatus.ACKNOWLEDGED;
        acknowledgedAt = now();
        acknowledgedBy = by;
        return true;
    }

    /** @param how AUTO (metric recovered), ESCALATED (replaced by a higher level) or MANUAL */
    void resolve(String by, String how) {
        status = AlertStatus.RESOLVED;
        resolvedAt = now();
        resolvedBy = by;
        resolution = how;
        openMetric = null;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public String getMetric() {
        return metric;
    }

    public AlertLevel getLevel() {
        return level;
    }

    public AlertStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public BigDecimal getMetricValue() {
        return metricValue;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public LocalDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolution() {
        return resolution;
    }
}

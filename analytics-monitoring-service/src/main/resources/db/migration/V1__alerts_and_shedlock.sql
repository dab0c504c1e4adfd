-- analytics-monitoring-service schema (bantu_analytics). Portable subset: MySQL 8, MariaDB 10.11, H2 (MySQL mode).
-- The aggregates are not stored here (they come from the owners' /internal/stats and are cached in Redis).

CREATE TABLE alerts (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    metric          VARCHAR(32)   NOT NULL,
    alert_level     VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    title           VARCHAR(255)  NOT NULL,
    message         VARCHAR(1000) NOT NULL,
    metric_value    DECIMAL(7,2)  NOT NULL,
    threshold       DECIMAL(7,2)  NOT NULL,
    -- the metric while the alert is open (ACTIVE or ACKNOWLEDGED), NULL once RESOLVED: one open alert per metric
    open_metric     VARCHAR(32),
    raised_by       VARCHAR(255),
    acknowledged_at DATETIME,
    acknowledged_by VARCHAR(64),
    resolved_at     DATETIME,
    resolved_by     VARCHAR(64),
    resolution      VARCHAR(16),
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME      NOT NULL,
    updated_at      DATETIME      NOT NULL,
    CONSTRAINT uk_alerts_open_metric UNIQUE (open_metric)
);

CREATE INDEX idx_alerts_status_created ON alerts (status, created_at);
CREATE INDEX idx_alerts_created ON alerts (created_at);

-- ShedLock (https://github.com/lukas-krecan/ShedLock): one alert sampler at a time across replicas.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);

-- Audit trail (append-only: the application only inserts) and the inbox of integration events.
-- Audit records arrive from every service as event "audit.recorded" on POST /internal/events.

CREATE TABLE audit_logs (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    organization_id CHAR(36),
    user_id         CHAR(36),
    user_name       VARCHAR(255),
    action          VARCHAR(50)  NOT NULL,
    resource_type   VARCHAR(50),
    resource_id     VARCHAR(64),
    resource_name   VARCHAR(255),
    category        VARCHAR(50),
    ip_address      VARCHAR(50),
    user_agent      VARCHAR(500),
    request_method  VARCHAR(10),
    request_path    VARCHAR(500),
    request_id      VARCHAR(64),
    request_params  TEXT,
    old_values      TEXT,
    new_values      TEXT,
    status          VARCHAR(20)  NOT NULL DEFAULT 'success',
    error_message   TEXT,
    duration_ms     INT,
    service         VARCHAR(50),
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT ck_audit_logs_status CHECK (status IN ('success', 'failed'))
);
CREATE INDEX idx_audit_logs_org_created ON audit_logs (organization_id, created_at);
CREATE INDEX idx_audit_logs_user_created ON audit_logs (user_id, created_at);
CREATE INDEX idx_audit_logs_resource_created ON audit_logs (resource_type, resource_id, created_at);
CREATE INDEX idx_audit_logs_category_created ON audit_logs (category, created_at);
CREATE INDEX idx_audit_logs_action ON audit_logs (action);
CREATE INDEX idx_audit_logs_created ON audit_logs (created_at);

-- integration events already handled (common-lib's /internal/events inbox)
CREATE TABLE processed_events (
    id          VARCHAR(64)  NOT NULL,
    type        VARCHAR(100) NOT NULL,
    received_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_processed_events PRIMARY KEY (id)
);

-- System logs: every service's log events (shipped by common-lib's log appender to POST /internal/logs, analytics'
-- own written directly). Kept bantu.logs.retention-days (14) days. Times are server-local.
-- Portable subset: MySQL 8, MariaDB 10.11, H2 (MySQL mode). The keyword index is vendor-specific: db/vendor/{vendor}.

CREATE TABLE log_entries (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    log_time      DATETIME(3)  NOT NULL,
    level         VARCHAR(10)  NOT NULL,
    service       VARCHAR(64)  NOT NULL,
    message       TEXT,
    logger_name   VARCHAR(255),
    function_name VARCHAR(255),
    line_no       INT,
    file_name     VARCHAR(255),
    module        VARCHAR(255),
    thread        VARCHAR(255),
    process       BIGINT,
    host          VARCHAR(255),
    request_id    VARCHAR(64),
    user_id       VARCHAR(64),
    trace_id      VARCHAR(64),
    exception     TEXT,
    extra         TEXT,
    received_at   DATETIME(3)  NOT NULL
);

-- the log page: newest first within a time range, optionally one level or one service
CREATE INDEX idx_log_entries_time ON log_entries (log_time);
CREATE INDEX idx_log_entries_level_time ON log_entries (level, log_time);
CREATE INDEX idx_log_entries_service_time ON log_entries (service, log_time);
-- the page's usual combination: one service and one level within a range
CREATE INDEX idx_log_entries_service_level_time ON log_entries (service, level, log_time);
-- following one request or one user across services
CREATE INDEX idx_log_entries_request ON log_entries (request_id);
CREATE INDEX idx_log_entries_user_time ON log_entries (user_id, log_time);

-- The outbox of this service's integration events: common-lib's AuditFilter stores each audit record here (Spring
-- Modulith's event publication registry; the id type placeholder is filled by common-lib for MySQL/MariaDB and H2)
-- until foundation acknowledges it, and the inbox table of common-lib's /internal/events endpoint.
CREATE TABLE EVENT_PUBLICATION (
    ID                     ${event_publication_id_type} NOT NULL,
    LISTENER_ID            VARCHAR(512) NOT NULL,
    EVENT_TYPE             VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT       TEXT         NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6) NULL,
    STATUS                 VARCHAR(20),
    COMPLETION_ATTEMPTS    INT,
    LAST_RESUBMISSION_DATE TIMESTAMP(6) NULL,
    CONSTRAINT pk_event_publication PRIMARY KEY (ID)
);
CREATE INDEX event_publication_by_completion_date_idx ON EVENT_PUBLICATION (COMPLETION_DATE);

CREATE TABLE processed_events (
    id          VARCHAR(64)  NOT NULL,
    type        VARCHAR(100) NOT NULL,
    received_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_processed_events PRIMARY KEY (id)
);

-- The outbox of the events finance publishes (payment.confirmed, stage.paid): Spring Modulith 2.0's event
-- publication registry, written in the same transaction as the change it announces. The table name must be in
-- capitals (Modulith's SQL spells it so and MySQL/MariaDB table names are case-sensitive on Linux); the id type is
-- filled in by common-lib for Flyway (VARCHAR(36) on MySQL/MariaDB, UUID on H2).
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

-- What orders and opportunities need of service-management-service's customers (exists and usable, name, level,
-- owner), kept here so that creating an order reads one local row instead of calling service-management. Written by
-- its customer.changed events and by a lookup of a customer not seen yet (or not confirmed for a while); a write
-- only replaces a row of an older or equal version, so a late event never moves a row backwards.
CREATE TABLE customer_replicas (
    id            VARCHAR(36)  NOT NULL,
    name          VARCHAR(255),
    level         VARCHAR(50),
    owner_user_id VARCHAR(36),
    -- false once the customer is deleted or deactivated: orders can no longer name it
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    -- when an event or a lookup last confirmed the row
    refreshed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);

-- Rollups for /internal/stats/** (analytics' aggregates), so a cache miss in analytics reads a few hundred rows
-- instead of grouping a million customers. They are kept exact in the same transaction as every JPA write of a
-- customer or service record (internal/StatsRollups, a Hibernate insert/update/delete listener) and can be rebuilt
-- from the base tables at any time (POST /internal/stats/rollups/rebuild, e.g. after bulk SQL).

-- live (not deleted) customers per creation day, type and source type: the summary and the trend
CREATE TABLE stats_customer_days (
    created_on           DATE        NOT NULL,
    customer_type        VARCHAR(50) NOT NULL,
    customer_source_type VARCHAR(50) NOT NULL,
    n                    BIGINT      NOT NULL,
    PRIMARY KEY (created_on, customer_type, customer_source_type)
);

-- live service records per status, priority and sales user ('' = none): the service-record statistics
CREATE TABLE stats_service_records (
    status        VARCHAR(50) NOT NULL,
    priority      VARCHAR(20) NOT NULL,
    sales_user_id VARCHAR(36) NOT NULL,
    n             BIGINT      NOT NULL,
    PRIMARY KEY (status, priority, sales_user_id)
);

-- one row per live customer with at least one live service record: the newest record's creation time.
-- active_count = the rows whose last_record_at is within the last 30 days (an index range count)
CREATE TABLE stats_customer_activity (
    customer_id    CHAR(36) NOT NULL PRIMARY KEY,
    last_record_at DATETIME NOT NULL
);
CREATE INDEX idx_stats_customer_activity_last ON stats_customer_activity (last_record_at);

INSERT INTO stats_customer_days (created_on, customer_type, customer_source_type, n)
SELECT CAST(created_at AS DATE), customer_type, customer_source_type, COUNT(*)
FROM customers WHERE deleted_at IS NULL
GROUP BY CAST(created_at AS DATE), customer_type, customer_source_type;

INSERT INTO stats_service_records (status, priority, sales_user_id, n)
SELECT status, priority, COALESCE(sales_user_id, ''), COUNT(*)
FROM service_records WHERE deleted_at IS NULL
GROUP BY status, priority, COALESCE(sales_user_id, '');

INSERT INTO stats_customer_activity (customer_id, last_record_at)
SELECT r.customer_id, MAX(r.created_at)
FROM service_records r JOIN customers c ON c.id = r.customer_id
WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL
GROUP BY r.customer_id;

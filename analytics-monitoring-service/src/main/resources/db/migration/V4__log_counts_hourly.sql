-- Entries per hour, level and service: the statistics of the log page read these instead of grouping every entry of
-- the range. Kept exact by the application: a stored batch adds its counts in the same transaction as its rows, the
-- retention job subtracts what it deletes in the same transaction as the delete. bucket_hour = log_time truncated to
-- the hour (server-local, as log_time). Existing entries are counted by db/vendor/{vendor}/V4_1.
CREATE TABLE log_counts_hourly (
    bucket_hour DATETIME    NOT NULL,
    service     VARCHAR(64) NOT NULL,
    level       VARCHAR(10) NOT NULL,
    entries     BIGINT      NOT NULL,
    PRIMARY KEY (bucket_hour, service, level)
);

-- The statistics count the rows of the partial hours at either end of their range by service and level: the time
-- index carries both, so that count reads the index alone (it read every row: 0.4 s per hour at 5 M entries). id
-- comes second so that the log page's order (log_time DESC, id DESC) is still the index order: with
-- (log_time, service, level) the unfiltered page sorted every entry (6.5 s at 5 M).
CREATE INDEX idx_log_entries_time_id_service_level ON log_entries (log_time, id, service, level);
DROP INDEX idx_log_entries_time ON log_entries;

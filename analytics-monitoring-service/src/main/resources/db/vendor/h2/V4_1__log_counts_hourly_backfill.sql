-- The entries stored before log_counts_hourly existed (V4).
INSERT INTO log_counts_hourly (bucket_hour, service, level, entries)
SELECT DATE_TRUNC('HOUR', log_time), service, level, COUNT(*)
FROM log_entries
GROUP BY DATE_TRUNC('HOUR', log_time), service, level;

-- The entries stored before log_counts_hourly existed (V4).
INSERT INTO log_counts_hourly (bucket_hour, service, level, entries)
SELECT DATE_FORMAT(log_time, '%Y-%m-%d %H:00:00'), service, level, COUNT(*)
FROM log_entries
GROUP BY DATE_FORMAT(log_time, '%Y-%m-%d %H:00:00'), service, level;

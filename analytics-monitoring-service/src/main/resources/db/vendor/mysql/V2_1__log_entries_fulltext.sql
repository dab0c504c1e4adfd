-- MariaDB/MySQL only: word index for the log page's keyword search (H2 has no FULLTEXT; it scans with LIKE).
CREATE FULLTEXT INDEX ft_log_entries_message ON log_entries (message);

package com.bantu.analytics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bantu.logs.*}: the system-log store (table {@code log_entries}).
 *
 * @param retentionDays     entries older than this are deleted (default 14)
 * @param retentionInterval how often the retention job runs (default 1 h; one replica at a time via ShedLock)
 * @param retentionBatch    rows deleted per statement, so one run never holds a long lock (default 5 000)
 * @param retentionEnabled  false turns the job off (the tests run it by hand)
 * @param countCap          a page's {@code total} is counted up to this many rows (default 10 000), then reported
 *                          as a lower bound ({@code total_exact: false})
 * @param keywordWindow     a keyword search first reads the newest this-many entries of the filtered range (default
 *                          20 000) through a time index; see {@code LogService#query}
 * @param keywordScan       a keyword search over a range of at most this many entries (default 20 000) reads them
 *                          with the {@code LIKE} alone; over a larger range the FULLTEXT index narrows it first, and
 *                          a one-word keyword it did not find is looked for inside words among the newest this-many
 *                          entries
 */
@ConfigurationProperties("bantu.logs")
public record LogsProperties(@DefaultValue("14") int retentionDays,
                             @DefaultValue("1h") Duration retentionInterval,
                             @DefaultValue("5000") int retentionBatch,
                             @DefaultValue("true") boolean retentionEnabled,
                             @DefaultValue("10000") int countCap,
                             @DefaultValue("20000") int keywordWindow,
                             @DefaultValue("20000") int keywordScan) {
}

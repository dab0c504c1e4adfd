package com.bantu.foundation.user;

import java.util.Map;

/**
 * {@code GET /internal/stats/users}: users not deleted, those who logged in within 30 days, counts per role code and
 * the last-login buckets ({@code today}, {@code last_7_days}, {@code last_30_days}, {@code never}). analytics reads
 * the same shape; its contract test checks this record's real answer.
 */
public record UserStats(long totalUsers, long activeUsers, Map<String, Long> byRole,
                        Map<String, Long> lastLoginStats) {
}

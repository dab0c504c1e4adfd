package com.bantu.servicemanagement.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The buckets of a trend ending today, all present with 0 until counts are added: {@code day} = the last 30 days
 * ({@code YYYY-MM-DD}), {@code week} = the last 12 weeks keyed by their Monday, {@code month} = the last 12 months
 * ({@code YYYY-MM}). Per-day counts fold into their bucket; days outside the range are ignored. A pure rule,
 * unit-tested.
 */
final class TrendBuckets {

    private final String period;
    private final LocalDate from;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    TrendBuckets(String period, LocalDate today) {
        this.period = period;
        switch (period) {
            case "week" -> {
                from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);
                for (int i = 0; i < 12; i++) {
                    counts.put(from.plusWeeks(i).toString(), 0L);
                }
            }
            case "month" -> {
                YearMonth first = YearMonth.from(today).minusMonths(11);
                from = first.atDay(1);
                for (int i = 0; i < 12; i++) {
                    counts.put(first.plusMonths(i).toString(), 0L);
                }
            }
            default -> {
                from = today.minusDays(29);
                for (int i = 0; i < 30; i++) {
                    counts.put(from.plusDays(i).toString(), 0L);
                }
            }
        }
    }

    /** The first day the trend covers (the lower bound of the per-day query). */
    LocalDate from() {
        return from;
    }

    /** Adds one day's count to the bucket the day falls in. */
    void add(LocalDate day, long n) {
        String key = switch (period) {
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            case "month" -> YearMonth.from(day).toString();
            default -> day.toString();
        };
        counts.computeIfPresent(key, (k, v) -> v + n);
    }

    /** Bucket key → count, oldest first. */
    Map<String, Long> counts() {
        return counts;
    }
}

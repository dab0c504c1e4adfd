package com.bantu.servicemanagement.internal;

import java.util.List;

/**
 * {@code GET /internal/stats/customers/trend}: new customers per bucket, oldest first — 30 days, 12 weeks (keyed by
 * their Monday) or 12 months ({@code yyyy-MM}).
 */
public record CustomerTrend(String period, List<Point> data) {

    public record Point(String date, long value) {
    }
}

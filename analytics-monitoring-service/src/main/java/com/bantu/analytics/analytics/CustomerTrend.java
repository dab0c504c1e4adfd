package com.bantu.analytics.analytics;

import java.util.List;

/** New customers per bucket. */
public record CustomerTrend(String period, List<Point> data) {
    public CustomerTrend {
        data = data == null ? List.of() : List.copyOf(data);
    }
}

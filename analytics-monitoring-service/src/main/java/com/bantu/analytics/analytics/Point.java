package com.bantu.analytics.analytics;

public record Point(String date, long value) {
}

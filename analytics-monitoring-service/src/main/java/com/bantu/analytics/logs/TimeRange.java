package com.bantu.analytics.logs;

import java.time.LocalDateTime;

public record TimeRange(LocalDateTime start, LocalDateTime end) {
}

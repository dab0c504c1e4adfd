package com.bantu.servicemanagement.supplier;

import java.time.LocalDateTime;

/** The answer of a single price change: {@code effective_from} is when the new prices apply (null if unchanged). */
public record PriceChangeResult(
        boolean success,
        String message,
        LocalDateTime effectiveFrom) {
}

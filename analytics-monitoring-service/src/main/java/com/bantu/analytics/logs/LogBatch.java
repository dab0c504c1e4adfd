package com.bantu.analytics.logs;

import java.util.List;

/** {@code POST /internal/logs} body: one batch from a service's log shipper. */
public record LogBatch(List<com.bantu.common.logship.LogRecord> logs) {
}

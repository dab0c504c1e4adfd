package com.bantu.common.logship;

import java.util.List;

/**
 * Where a batch of log events goes. By default {@link HttpLogSink} (analytics' {@code /internal/logs}); analytics
 * itself declares a bean of this type that writes into its own table, so it never ships to itself over HTTP.
 * An exception means the whole batch was not taken (it is dropped and counted, never retried).
 */
@FunctionalInterface
public interface LogSink {

    void ship(List<LogRecord> batch);
}

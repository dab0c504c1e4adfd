package com.bantu.analytics.logs;

import com.bantu.common.logship.LogRecord;
import com.bantu.common.logship.LogSink;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Analytics' own log events: common-lib's shipper uses this sink instead of HTTP, so analytics never posts its own
 * logs to itself. Runs on the shipper's thread, never on a request thread.
 */
@Component
public class LocalLogSink implements LogSink {

    private final LogService logs;

    public LocalLogSink(LogService logs) {
        this.logs = logs;
    }

    @Override
    public void ship(List<LogRecord> batch) {
        logs.accept(batch);
    }
}

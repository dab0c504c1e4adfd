package com.bantu.analytics.logs;

import com.bantu.common.logship.LogRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /internal/logs} body: one batch from a service's log shipper. In the compact form the shipper sends,
 * {@code service}, {@code host} and {@code process} are given once for the batch and a record's {@code file} and
 * {@code module} are left to be derived from its logger {@code name}; {@link #records()} fills them back in. A
 * record that carries them keeps its own.
 */
public record LogBatch(String service, String host, Long process, List<LogRecord> logs) {

    /** The records with the batch's shared fields filled in (null when {@code logs} is missing). */
    public List<LogRecord> records() {
        if (logs == null) {
            return null;
        }
        List<LogRecord> out = new ArrayList<>(logs.size());
        for (LogRecord r : logs) {
            out.add(r == null ? null : r.withDefaults(service, host, process));
        }
        return out;
    }
}

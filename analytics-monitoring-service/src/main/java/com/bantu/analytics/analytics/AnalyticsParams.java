package com.bantu.analytics.analytics;

import com.bantu.common.api.QueryParams;
import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Query-parameter rules of the analytics endpoints: 400 naming the field, never a silent fallback. */
final class AnalyticsParams {

    static final List<String> PERIODS = List.of("day", "week", "month");

    private AnalyticsParams() {
    }

    /** {@code day|week|month} (case-insensitive); absent or blank = the default. */
    static String period(String raw, String fallback) {
        String period = QueryParams.requireOneOf("period", raw, PERIODS);
        return period == null ? fallback : period;
    }

    record Range(LocalDateTime start, LocalDateTime end) {
        boolean empty() {
            return start == null && end == null;
        }
    }

    /**
     * ISO dates ({@code 2025-01-31}) or local date-times ({@code 2025-01-31T10:00:00}, a space is accepted too;
     * an offset is converted to server time). A date-only end means the end of that day. End before start is 400.
     */
    static Range range(String rawStart, String rawEnd) {
        List<FieldError> errors = new ArrayList<>();
        LocalDateTime start = parse(rawStart, false, "start_date", errors);
        LocalDateTime end = parse(rawEnd, true, "end_date", errors);
        if (errors.isEmpty() && start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("end_date", "must not be before start_date"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Range(start, end);
    }

    private static LocalDateTime parse(String raw, boolean endOfDay, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return endOfDay ? d.atTime(23, 59, 59) : d.atStartOfDay();
            }
            String t = s.replace(' ', 'T');
            try {
                return LocalDateTime.parse(t);
            } catch (DateTimeParseException e) {
                return OffsetDateTime.parse(t).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SS)"));
            return null;
        }
    }
}

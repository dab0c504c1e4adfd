package com.bantu.business.support;

import com.bantu.common.error.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Checks of query parameters; a bad value is a 400 naming the parameter. */
public final class Params {

    private Params() {
    }

    public static String oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ValidationException.of(field, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** A date ({@code 2026-01-31}) or date-time ({@code 2026-01-31T10:00:00}); a bare date means its start. */
    public static LocalDateTime dateTime(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return endOfDay ? d.plusDays(1).atStartOfDay().minusNanos(1000) : d.atStartOfDay();
            }
            return LocalDateTime.parse(v.replace(' ', 'T').replace("Z", ""));
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "must be a date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm:ss)");
        }
    }
}

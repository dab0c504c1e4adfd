package com.bantu.servicemanagement.support;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

/** Small helpers of the features that read with plain SQL (suppliers, price strategies, product dependencies). */
public final class Sql {

    private Sql() {
    }

    /** {@code ?,?,?} for an {@code IN (...)} list of {@code n} values. */
    public static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** Adds {@code column = ?} when the value is given (null and blank strings mean "no filter"). */
    public static void eq(List<String> where, List<Object> args, String column, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return;
        }
        where.add(column + " = ?");
        args.add(value);
    }

    /** A DATETIME value as the driver returns it ({@link Timestamp} or {@link LocalDateTime}), null-safe. */
    public static LocalDateTime time(Object t) {
        if (t instanceof Timestamp ts) {
            return ts.toLocalDateTime();
        }
        return t instanceof LocalDateTime l ? l : null;
    }

    /** Trimmed text, or null when absent or blank (the current web client sends empty strings for unset fields). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

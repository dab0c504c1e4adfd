package com.bantu.common.error;

/** Walking a cause chain (no framework types, so the reactive gateway can use it too). */
public final class Causes {

    private Causes() {
    }

    /** The cause after {@code t}, or {@code null} at the end of the chain. */
    public static Throwable next(Throwable t) {
        Throwable c = t.getCause();
        return c == t ? null : c;
    }

    /** One line naming the cause chain (class: message), for a log line without a stack trace. */
    public static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 400; t = next(t)) {
            if (!sb.isEmpty()) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage());
            }
        }
        return sb.toString();
    }
}

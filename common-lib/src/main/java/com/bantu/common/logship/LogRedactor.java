package com.bantu.common.logship;

import java.util.regex.Pattern;

/**
 * Last line of defence before a log line leaves the process: the services' log lines already avoid secrets, but
 * anything that looks like one is masked — {@code password=…}/{@code "password":"…"} (also {@code passwd},
 * {@code secret}, {@code token}, {@code api_key} style keys), {@code Bearer …} credentials and JWT-shaped strings.
 *
 * <p>Most lines hold none of it, so {@link #redact} first looks for what every match of the three patterns must
 * contain ({@link #mayHoldSecret}: one pass over the characters) and runs the patterns only when it finds it.</p>
 */
public final class LogRedactor {

    static final String MASK = "***";

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    /** key=value, key: value, "key":"value" for secret-like keys; the value runs to a delimiter. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(\"?\\b(?:password|passwd|pwd|secret|token|access_token|refresh_token|api[_-]?key|"
                    + "authorization)\"?\\s*[=:]\\s*\"?)([^\\s\",;&}]+)");

    private LogRedactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty() || !mayHoldSecret(text)) {
            return text;
        }
        return redactAlways(text);
    }

    /** The three patterns, without the pre-check (what {@link #redact} must equal; tests compare them). */
    static String redactAlways(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = JWT.matcher(text).replaceAll(MASK);
        s = BEARER.matcher(s).replaceAll("$1" + MASK);
        return KEY_VALUE.matcher(s).replaceAll("$1" + MASK);
    }

    /**
     * False only when no pattern can match: there is no {@code eyJ} (JWT), no {@code bearer} (any case), and not both
     * a {@code =}/{@code :} and the start of a secret-like key ({@code passw}, {@code pwd}, {@code secret},
     * {@code token}, {@code api}, {@code authorization}, any case: every key of {@code KEY_VALUE} holds one).
     * The patterns' case-insensitivity is ASCII-only ({@code (?i)} without {@code UNICODE_CASE}: "ſecret" is not a
     * key to them); {@link String#regionMatches(boolean, int, String, int, int)} folds at least those letters, so this
     * finds at least what they find.
     */
    static boolean mayHoldSecret(String s) {
        boolean separator = false;
        boolean key = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '=', ':' -> separator = true;
                case 'e' -> {
                    if (s.startsWith("eyJ", i)) {
                        return true;
                    }
                }
                case 'b', 'B' -> {
                    if (s.regionMatches(true, i, "bearer", 0, 6)) {
                        return true;
                    }
                }
                case 'p', 'P' -> key = key || s.regionMatches(true, i, "passw", 0, 5)
                        || s.regionMatches(true, i, "pwd", 0, 3);
                case 's', 'S' -> key = key || s.regionMatches(true, i, "secret", 0, 6);
                case 't', 'T' -> key = key || s.regionMatches(true, i, "token", 0, 5);
                case 'a', 'A' -> key = key || s.regionMatches(true, i, "api", 0, 3)
                        || s.regionMatches(true, i, "authorization", 0, 13);
                default -> {
                }
            }
            if (key && separator) {
                return true;
            }
        }
        return false;
    }
}

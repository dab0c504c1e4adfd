package com.bantu.common.logship;

import java.util.regex.Pattern;

/**
 * Last line of defence before a log line leaves the process: the services' log lines already avoid secrets, but
 * anything that looks like one is masked — {@code password=…}/{@code "password":"…"} (also {@code passwd},
 * {@code secret}, {@code token}, {@code api_key} style keys), {@code Bearer …} credentials and JWT-shaped strings.
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
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = JWT.matcher(text).replaceAll(MASK);
        s = BEARER.matcher(s).replaceAll("$1" + MASK);
        return KEY_VALUE.matcher(s).replaceAll("$1" + MASK);
    }
}

package com.bantu.deploy.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code ${NAME}} / {@code ${NAME:default}} placeholders in a Spring property value (nested placeholders in a
 * default are reported as having a default themselves: they are only read when the outer one is missing).
 */
public final class Placeholders {

    public record Placeholder(String name, boolean hasDefault) {
    }

    private Placeholders() {
    }

    public static List<Placeholder> find(String value) {
        List<Placeholder> out = new ArrayList<>();
        int i = 0;
        while ((i = value.indexOf("${", i)) >= 0) {
            int depth = 0;
            int end = -1;
            for (int j = i; j < value.length(); j++) {
                if (value.startsWith("${", j)) {
                    depth++;
                    j++;
                } else if (value.charAt(j) == '}') {
                    depth--;
                    if (depth == 0) {
                        end = j;
                        break;
                    }
                }
            }
            if (end < 0) {
                break;
            }
            String body = value.substring(i + 2, end);
            int colon = body.indexOf(':');
            out.add(new Placeholder(colon < 0 ? body : body.substring(0, colon), colon >= 0));
            i = end + 1;
        }
        return out;
    }

    /** Spring resolves placeholders against the environment; only upper-case names are meant as variables. */
    public static boolean isEnvName(String name) {
        return name.matches("[A-Z][A-Z0-9_]*");
    }
}

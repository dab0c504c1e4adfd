package com.bantu.common.web;

/** Converts Java property paths ({@code roleIds[0].displayName}) to the snake_case names clients send. */
public final class Names {

    private Names() {
    }

    public static String snake(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '.' && name.charAt(i - 1) != '[') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package com.bantu.business.support;

/** The {@code lang} query parameter: {@code zh} (default) or {@code id} (Indonesian) picks bilingual columns. */
public final class Lang {

    private Lang() {
    }

    public static boolean indonesian(String lang) {
        return lang != null && lang.trim().equalsIgnoreCase("id");
    }

    /** The text in the requested language, falling back to the other one. */
    public static String pick(String lang, String zh, String id) {
        if (indonesian(lang)) {
            return id != null ? id : zh;
        }
        return zh != null ? zh : id;
    }
}

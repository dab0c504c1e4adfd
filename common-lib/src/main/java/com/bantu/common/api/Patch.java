package com.bantu.common.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Partial updates: a field the client did not send (null) keeps the current value. Mappers write one line per field,
 * {@code e.name = Patch.text(r.name(), e.name);}, instead of an {@code if} block each.
 */
public final class Patch {

    private Patch() {
    }

    /** The sent value, or the current one when nothing was sent. */
    public static <T> T value(T sent, T current) {
        return sent == null ? current : sent;
    }

    /** A short text: trimmed when sent, else the current value. */
    public static String text(String sent, String current) {
        return sent == null ? current : sent.trim();
    }

    /** A list: a mutable copy of the sent one, else the current list. */
    public static <T> List<T> list(List<? extends T> sent, List<T> current) {
        return sent == null ? current : new ArrayList<>(sent);
    }
}

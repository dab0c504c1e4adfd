package com.bantu.common.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Every JSON string a service reads: a NUL character or a lone UTF-16 surrogate (which {@code \\u0000} and
 * {@code \\ud800} escapes produce) is refused as an invalid value of its field (400 naming it), instead of
 * reaching the database, where a utf8mb4 column rejects it with a 500 or a log line truncates at it.
 */
public class StrictStringDeserializer extends StdScalarDeserializer<String> {

    public StrictStringDeserializer() {
        super(String.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        String s = StringDeserializer.instance.deserialize(p, ctxt);
        if (s != null && !isClean(s)) {
            throw ctxt.weirdStringException(s, String.class, "contains a NUL character or an unpaired surrogate");
        }
        return s;
    }

    /** {@code true} when {@code s} has no NUL and every surrogate is half of a pair. */
    public static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

package com.bantu.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link HeaderRules} answers exactly as the regular expressions of Spring Security's StrictHttpFirewall. */
class HeaderRulesTest {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private static void same(String s) {
        assertThat(HeaderRules.assignedAndNotControl(s)).as("name rule for %s", codes(s))
                .isEqualTo(NAMES.matcher(s).matches());
        assertThat(HeaderRules.headerValue(s)).as("value rule for %s", codes(s))
                .isEqualTo(VALUES.matcher(s).matches());
    }

    private static String codes(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(String.format("U+%04X ", cp)));
        return b.toString();
    }

    @Test
    void everyCodePointAloneAndBetweenPrintableCharacters() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String c = new String(Character.toChars(cp));
            same(c);
            same("Bearer a" + c + "b");
        }
    }

    @Test
    void unpairedSurrogatesTabsAndRealHeaders() {
        same("\uD800");
        same("x\uDC00y");
        same("\uD83D\uDE00 smile");
        same("a\tb");
        same("\t");
        same("");
        same("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig");
        same("application/json; charset=UTF-8");
        same("line\nbreak");
        same("del\u007f");
        same("c1\u0085");
        assertThat(HeaderRules.headerValue("a\tb")).isTrue();
        assertThat(HeaderRules.assignedAndNotControl("a\tb")).isFalse();
        assertThat(HeaderRules.headerValue("a\rb")).isFalse();
    }
}

package com.bantu.foundation.permission;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What login, refresh and user-info return as {@code user.permissions}: the effective catalogue codes plus the
 * spellings the SPA checks by exact match ({@code ORDER:READ}, {@code FINANCE:READ}…), sorted, never {@code *:*}.
 * Alias of {@code resource.action}: RES = upper(resource), {@code organization} → {@code ORG}; {@code view}/
 * {@code list} → {@code RES:READ}; {@code create}/{@code update}/{@code delete} → {@code RES:CREATE/UPDATE/DELETE};
 * finance {@code *.view} and {@code *.export} → {@code FINANCE:READ}, {@code *.manage} → {@code FINANCE:WRITE};
 * any other action → {@code RES:} + upper(action, dots as underscores) ({@code role.assign} → {@code ROLE:ASSIGN}).
 */
public final class PermissionAliases {

    private PermissionAliases() {
    }

    public static java.util.List<String> withAliases(Collection<String> codes) {
        TreeSet<String> out = new TreeSet<>();
        for (String code : codes) {
            out.add(code);
            String alias = alias(code);
            if (alias != null) {
                out.add(alias);
            }
        }
        return java.util.List.copyOf(out);
    }

    static String alias(String code) {
        int dot = code.indexOf('.');
        if (dot <= 0 || dot == code.length() - 1) {
            return null;
        }
        String resource = code.substring(0, dot).toLowerCase(Locale.ROOT);
        String action = code.substring(dot + 1).toLowerCase(Locale.ROOT);
        String res = resource.equals("organization") ? "ORG" : resource.toUpperCase(Locale.ROOT);
        if (resource.equals("finance")) {
            if (action.endsWith(".view") || action.endsWith(".export") || action.equals("view")
                    || action.equals("export")) {
                return "FINANCE:READ";
            }
            if (action.endsWith(".manage") || action.equals("manage")) {
                return "FINANCE:WRITE";
            }
        }
        return switch (action) {
            case "view", "list" -> res + ":READ";
            case "create", "update", "delete" -> res + ":" + action.toUpperCase(Locale.ROOT);
            default -> res + ":" + action.replace('.', '_').toUpperCase(Locale.ROOT);
        };
    }
}

package com.bantu.servicemanagement.product;

import com.bantu.servicemanagement.support.CodeSequences;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The enterprise service code {@code {CAT}-{ST}-{NNN}} of a product that has a category and a service type. CAT and
 * ST are the category's and service type's code (else name) upper-cased, spaces and dashes turned into {@code _},
 * anything but A–Z 0–9 _ dropped, at most 6 characters ({@code DEFAULT} when nothing is left). NNN is a per-pair
 * counter ({@code code_sequences} key {@code ESC:CAT:ST}, atomic), three digits up to 999 and more beyond. The
 * service type is {@code service_type_id}, or the service type whose code equals the text {@code service_type}.
 * Once assigned the code never changes.
 */
@Component
class EnterpriseServiceCodes {

    private final JdbcTemplate jdbc;
    private final CodeSequences sequences;

    EnterpriseServiceCodes(JdbcTemplate jdbc, CodeSequences sequences) {
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    /** Assigns a code when the product has none yet and both parts are known. */
    void assignIfMissing(Product p) {
        if (p.enterpriseServiceCode != null || p.categoryId == null) {
            return;
        }
        String cat = first("SELECT COALESCE(code, name) FROM product_categories WHERE id = ?", p.categoryId);
        String st = p.serviceTypeId != null
                ? first("SELECT COALESCE(code, name) FROM service_types WHERE id = ?", p.serviceTypeId)
                : p.serviceType == null ? null
                : first("SELECT code FROM service_types WHERE code = ?", p.serviceType.trim());
        if (cat == null || st == null) {
            return;
        }
        String prefix = part(cat) + "-" + part(st);
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = prefix + "-" + String.format("%03d", sequences.next("ESC:" + prefix.replace('-', ':')));
            Integer taken = jdbc.queryForObject("SELECT COUNT(*) FROM products WHERE enterprise_service_code = ?",
                    Integer.class, code);
            if (taken == null || taken == 0) {
                p.enterpriseServiceCode = code;
                return;
            }
        }
    }

    static String part(String raw) {
        String s = raw.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_').replaceAll("[^A-Z0-9_]", "");
        if (s.isEmpty()) {
            return "DEFAULT";
        }
        return s.length() > 6 ? s.substring(0, 6) : s;
    }

    private String first(String sql, String arg) {
        List<String> rows = jdbc.queryForList(sql, String.class, arg);
        return rows.isEmpty() ? null : rows.get(0);
    }
}

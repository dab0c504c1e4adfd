package com.bantu.servicemanagement.support;

import com.bantu.common.persistence.BaseRepository;
import com.bantu.common.persistence.Specs;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads every reference table answers (a few seeded rows, read whole): the list by sort order and code, one row by
 * id, rows by ids or codes for naming them in other responses, and a row by code or name. Each feature's service
 * extends it with its own repository.
 */
public abstract class ReferenceReads<T extends ReferenceEntity> {

    private final BaseRepository<T> rows;

    protected ReferenceReads(BaseRepository<T> rows) {
        this.rows = rows;
    }

    /** By sort order then code; {@code isActive} absent → active rows only. */
    @Transactional(readOnly = true)
    public List<T> rows(Boolean isActive) {
        return rows.findAll(Specs.<T>eq("active", isActive == null || isActive), Sort.by("sortOrder", "code"));
    }

    @Transactional(readOnly = true)
    public Optional<T> byId(String id) {
        return id == null ? Optional.empty() : rows.findById(id);
    }

    /** {@code {id: row}} for the ids that name a row. */
    @Transactional(readOnly = true)
    public Map<String, T> byIds(List<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? new HashMap<>() : index(rows.findAllById(wanted), r -> r.getId());
    }

    /** {@code {code: row}} for the texts that are codes (anything else is simply absent). */
    @Transactional(readOnly = true)
    public Map<String, T> byCodes(List<String> codes) {
        List<String> wanted = codes.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return new HashMap<>();
        }
        Specification<T> codeIn = (root, q, cb) -> root.get("code").in(wanted);
        return index(rows.findAll(codeIn), r -> r.getCode());
    }

    /** The row whose code or Chinese/Indonesian name equals the text (case-insensitive), if any. */
    @Transactional(readOnly = true)
    public Optional<T> byCodeOrName(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return rows.findAll().stream().filter(r -> t.equals(lower(r.getCode())) || t.equals(lower(r.getNameZh()))
                || t.equals(lower(r.getNameId()))).findFirst();
    }

    private static <T> Map<String, T> index(List<T> found, Function<T, String> key) {
        Map<String, T> out = new HashMap<>();
        found.forEach(r -> out.put(key.apply(r), r));
        return out;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}

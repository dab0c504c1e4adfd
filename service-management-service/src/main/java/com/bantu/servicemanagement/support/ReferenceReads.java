package com.bantu.servicemanagement.support;

import com.bantu.common.persistence.BaseRepository;
import com.bantu.common.persistence.Specs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads every reference table answers (a few seeded rows, read whole): the list by sort order and code, one row by
 * id, and a row by code or name. Each feature's service extends it with its own repository.
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

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}

package com.bantu.servicemanagement.lookup;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.error.ConflictException;
import com.bantu.common.persistence.Specs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** CRUD of customer sources and customer channels (same shape, two tables); one subclass per table. */
public abstract class LookupService<T extends LookupEntity> {

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name",
            "display_order", "displayOrder", "created_at", "createdAt");

    private final LookupRepository<T> repo;
    private final Supplier<T> factory;
    private final JdbcTemplate jdbc;
    private final String customerColumn;
    private final String notFound;

    LookupService(LookupRepository<T> repo, Supplier<T> factory, JdbcTemplate jdbc, String customerColumn,
                  String notFound) {
        this.repo = repo;
        this.factory = factory;
        this.jdbc = jdbc;
        this.customerColumn = customerColumn;
        this.notFound = notFound;
    }

    @Transactional(readOnly = true)
    public ItemsPage<LookupResponse> list(Boolean isActive, PageQuery page, String sortBy, String sortOrder) {
        Sort sort = QueryParams.sort(sortBy, sortOrder, SORTS, Sort.by("displayOrder", "name"));
        return ItemsPage.of(repo.findAll(Specs.<T>eq("active", isActive), page.toPageable(sort)), page,
                LookupMapper::toResponse);
    }

    /**
     * The whole list as a plain array (the current web client's shape, which it sorts itself): active entries only
     * unless {@code isActive} is given, by display order then code; {@code name} in {@code lang} when set.
     */
    @Transactional(readOnly = true)
    public List<LookupResponse> all(Boolean isActive, String lang) {
        boolean active = isActive == null || isActive;
        return repo.findAll(Specs.<T>eq("active", active), Sort.by("displayOrder", "code", "name")).stream()
                .map(e -> LookupMapper.toResponse(e, lang)).toList();
    }

    @Transactional(readOnly = true)
    public LookupResponse get(String id) {
        return LookupMapper.toResponse(repo.getOrThrow(id, notFound));
    }

    @Transactional
    public LookupResponse create(CreateLookupRequest body) {
        UpdateLookupRequest r = body.asUpdate();
        T e = factory.get();
        if (r.code() != null) {
            e.code = uniqueCode(r.code());
        }
        LookupMapper.apply(r, e);
        repo.saveAndFlush(e);
        return LookupMapper.toResponse(e);
    }

    @Transactional
    public LookupResponse update(String id, UpdateLookupRequest r) {
        T e = repo.getOrThrow(id, notFound);
        if (r.code() != null && !r.code().trim().equals(e.code)) {
            e.code = uniqueCode(r.code());
        }
        LookupMapper.apply(r, e);
        repo.saveAndFlush(e);
        return LookupMapper.toResponse(e);
    }

    /** Deleting is refused while customers still point at the entry (deactivate it instead). */
    @Transactional
    public void delete(String id) {
        T e = repo.getOrThrow(id, notFound);
        Integer used = jdbc.queryForObject("SELECT COUNT(*) FROM customers WHERE " + customerColumn + " = ?",
                Integer.class, id);
        if (used != null && used > 0) {
            throw new ConflictException("仍有 " + used + " 个客户使用该项，不可删除");
        }
        repo.delete(e);
    }

    @Transactional(readOnly = true)
    public Map<String, String> names(List<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return new HashMap<>();
        }
        return repo.findAllById(wanted).stream()
                .collect(Collectors.toMap(LookupEntity::getId, LookupEntity::getName, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return repo.existsById(id);
    }

    private String uniqueCode(String raw) {
        String code = raw.trim();
        if (repo.existsByCode(code)) {
            throw new ConflictException("编码 " + code + " 已存在");
        }
        return code;
    }
}

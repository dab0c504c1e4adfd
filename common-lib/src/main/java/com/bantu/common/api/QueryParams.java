package com.bantu.common.api;

import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * The one way query parameters are checked: controllers take them as plain strings, services check them here, and a
 * bad value is a 400 naming the parameter ({@code must be one of ...}). Enumerated values are matched ignoring case
 * and surrounding blanks; absent or blank means "not given". Several parameters can be checked together so one 400
 * lists every bad one:
 * <pre>
 * QueryParams checks = new QueryParams();
 * AlertStatus status = checks.enumOf("status", rawStatus, AlertStatus.class);
 * PageQuery page = checks.page(rawPage, rawSize);
 * checks.throwIfInvalid();
 * </pre>
 */
public final class QueryParams {

    private final List<FieldError> errors = new ArrayList<>();

    /** One of {@code allowed} (as written there), or null when not given. */
    public String oneOf(String field, String raw, Collection<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String wanted = raw.trim();
        for (String a : allowed) {
            if (a.equalsIgnoreCase(wanted)) {
                return a;
            }
        }
        errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed)));
        return null;
    }

    /** An enum constant by name (any case), or null when not given. */
    public <E extends Enum<E>> E enumOf(String field, String raw, Class<E> type) {
        String name = oneOf(field, raw, Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.toList()));
        return name == null ? null : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }

    /** 1-based page and size ({@link PageQuery#of}); a bad one is recorded, not thrown. */
    public PageQuery page(Integer page, Integer size) {
        try {
            return PageQuery.of(page, size);
        } catch (ValidationException e) {
            @SuppressWarnings("unchecked")
            List<FieldError> paging = (List<FieldError>) e.data();
            errors.addAll(paging);
            return null;
        }
    }

    /** A 400 listing every bad parameter seen so far, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    // ---------------------------------------------------------------- single checks, thrown at once

    /** {@link #oneOf(String, String, Collection)} for one parameter: a bad value is thrown at once. */
    public static String requireOneOf(String field, String raw, Collection<String> allowed) {
        QueryParams checks = new QueryParams();
        String value = checks.oneOf(field, raw, allowed);
        checks.throwIfInvalid();
        return value;
    }

    /** {@link #enumOf(String, String, Class)} for one parameter: a bad value is thrown at once. */
    public static <E extends Enum<E>> E requireEnum(String field, String raw, Class<E> type) {
        QueryParams checks = new QueryParams();
        E value = checks.enumOf(field, raw, type);
        checks.throwIfInvalid();
        return value;
    }

    /**
     * Sorting by a whitelisted column only: {@code sortBy} is a snake_case name the client sends, mapped to an entity
     * attribute by {@code columns}; anything else is a 400 naming {@code sort_by} (never passed to SQL).
     * {@code sort_order} is {@code asc|desc} (400 otherwise). {@code id} breaks ties so pages are stable. Without
     * {@code sort_by} the {@code fallback} order applies, in the requested direction when one is given.
     */
    public static Sort sort(String sortBy, String sortOrder, Map<String, String> columns, Sort fallback) {
        Sort.Direction direction = null;
        if (sortOrder != null && !sortOrder.isBlank()) {
            direction = switch (sortOrder.trim().toLowerCase(Locale.ROOT)) {
                case "asc" -> Sort.Direction.ASC;
                case "desc" -> Sort.Direction.DESC;
                default -> throw ValidationException.of("sort_order", "must be one of asc, desc");
            };
        }
        if (sortBy == null || sortBy.isBlank()) {
            if (direction == null) {
                return fallback.and(Sort.by(fallback.stream().findFirst().map(Sort.Order::getDirection)
                        .orElse(Sort.Direction.ASC), "id"));
            }
            Sort.Direction d = direction;
            return Sort.by(fallback.stream().map(o -> o.with(d)).toList()).and(Sort.by(d, "id"));
        }
        String attribute = columns.get(sortBy.trim());
        if (attribute == null) {
            throw ValidationException.of("sort_by", "must be one of " + String.join(", ", new TreeSet<>(columns.keySet())));
        }
        Sort.Direction d = direction == null ? Sort.Direction.ASC : direction;
        return Sort.by(d, attribute).and(Sort.by(d, "id"));
    }
}

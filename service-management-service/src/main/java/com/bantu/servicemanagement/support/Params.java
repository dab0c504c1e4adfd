package com.bantu.servicemanagement.support;

import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ValidationException;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/** Checks of query parameters: enum filters and whitelisted sorting. A bad value is a 400 naming the parameter. */
public final class Params {

    private Params() {
    }

    /** Returns {@code value} when it is null/blank or one of {@code allowed}; otherwise a 400 naming {@code field}. */
    public static String oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ValidationException.of(field, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    /**
     * Sorting by a whitelisted column only: {@code sortBy} is a snake_case name the client sends, mapped to an entity
     * attribute by {@code columns}; anything else is a 400 (never passed to SQL). {@code id} breaks ties so pages are
     * stable.
     */
    public static Sort sort(String sortBy, String sortOrder, Map<String, String> columns, Sort fallback) {
        Sort.Direction direction = null;
        if (sortOrder != null && !sortOrder.isBlank()) {
            direction = switch (sortOrder.toLowerCase()) {
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
        String attribute = columns.get(sortBy);
        if (attribute == null) {
            throw ValidationException.of("sort_by",
                    "must be one of " + String.join(", ", new java.util.TreeSet<>(columns.keySet())));
        }
        Sort.Direction d = direction == null ? Sort.Direction.ASC : direction;
        return Sort.by(d, attribute).and(Sort.by(d, "id"));
    }

    /**
     * Optimistic locking as the client sees it: a body that carries {@code version} must carry the current one, else
     * 409 (someone saved in between). JPA's {@code @Version} catches the remaining race between read and write.
     */
    public static void expectVersion(Long sent, Long current) {
        if (sent != null && !sent.equals(current)) {
            throw new ConflictException("Record was changed by someone else (version " + current + ", sent " + sent
                    + "); reload and retry");
        }
    }
}

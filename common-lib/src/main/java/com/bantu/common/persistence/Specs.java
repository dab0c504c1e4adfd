package com.bantu.common.persistence;

import org.springframework.data.jpa.domain.Specification;

/**
 * List filters as JPA specifications. A null or blank filter adds nothing; filters are AND-combined
 * (the original OR-combined them by accident). {@code contains} escapes {@code %} and {@code _}.
 */
public final class Specs {

    private Specs() {
    }

    public static <T> Specification<T> all() {
        return (root, q, cb) -> null;
    }

    public static <T> Specification<T> eq(String attribute, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return all();
        }
        return (root, q, cb) -> cb.equal(root.get(attribute), value);
    }

    public static <T> Specification<T> contains(String attribute, String value) {
        if (value == null || value.isBlank()) {
            return all();
        }
        String pattern = "%" + value.trim().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, q, cb) -> cb.like(cb.lower(root.get(attribute)), pattern, '\\');
    }
}

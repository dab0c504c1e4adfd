package com.bantu.common.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** Service-management paging shape: {@code {items, total, page, size}}. */
public record ItemsPage<T>(List<T> items, long total, int page, int size) {

    public static <E, T> ItemsPage<T> of(Page<E> page, PageQuery query, Function<E, T> mapper) {
        return new ItemsPage<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements(),
                query.page(), query.size());
    }
}

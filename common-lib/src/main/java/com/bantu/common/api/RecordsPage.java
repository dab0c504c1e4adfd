package com.bantu.common.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** Foundation paging shape: {@code {records, total, size, current, pages}}. */
public record RecordsPage<T>(List<T> records, long total, int size, int current, long pages) {

    public static <E, T> RecordsPage<T> of(Page<E> page, PageQuery query, Function<E, T> mapper) {
        return new RecordsPage<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements(),
                query.size(), query.page(), query.pages(page.getTotalElements()));
    }
}

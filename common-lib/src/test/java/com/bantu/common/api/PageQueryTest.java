package com.bantu.common.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageQueryTest {

    @Test
    void pageIsBoundedSoTheOffsetFitsAnInt() {
        for (int size : new int[] {1, 10, 1000}) {
            PageQuery last = PageQuery.of(PageQuery.maxPage(size), size);
            long offset = last.toPageable(org.springframework.data.domain.Sort.unsorted()).getOffset();
            assertThat(offset + size).as("size " + size).isLessThanOrEqualTo(Integer.MAX_VALUE);
            assertThatThrownBy(() -> PageQuery.of(PageQuery.maxPage(size) + 1, size))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("page"));
        }
        // the SPA's 10000 is clamped to 1000 first, so the bound is the clamped size's
        assertThat(PageQuery.of(PageQuery.maxPage(1000), 10_000).size()).isEqualTo(1000);
        assertThatThrownBy(() -> PageQuery.of(Integer.MAX_VALUE, 10)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PageQuery.of(Integer.MAX_VALUE, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void pageAndSizeBelowOneAreStill400() {
        assertThatThrownBy(() -> PageQuery.of(0, 0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(fields(e)).containsExactly("page", "size"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ValidationException e) {
        return ((List<FieldError>) e.data()).stream().map(FieldError::field).toList();
    }
}

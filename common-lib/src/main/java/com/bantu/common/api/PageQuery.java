package com.bantu.common.api;

import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Validated paging parameters: {@code page} is 1-based; {@code page < 1} or {@code size < 1} is a 400;
 * a {@code size} above {@link #MAX_SIZE} is clamped to it (the SPA asks for 1000 and 10000 in pickers).
 * {@code page} is bounded so that the row offset {@code (page - 1) * size} and the page's end fit in an {@code int}
 * (JPA's first-result): a larger page is a 400 naming {@code page}, not a 500 from the persistence provider.
 */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 1000;

    public static PageQuery of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 10 : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 1) {
            errors.add(new FieldError("page", "must be greater than or equal to 1"));
        }
        if (s < 1) {
            errors.add(new FieldError("size", "must be greater than or equal to 1"));
        } else if (p > maxPage(Math.min(s, MAX_SIZE))) {
            errors.add(new FieldError("page", "must be less than or equal to " + maxPage(Math.min(s, MAX_SIZE))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PageQuery(p, Math.min(s, MAX_SIZE));
    }

    /** The largest page whose rows, {@code (page - 1) * size} up to {@code page * size}, stay within an int. */
    public static int maxPage(int size) {
        return Integer.MAX_VALUE / size;
    }

    public PageRequest toPageable(Sort sort) {
        return PageRequest.of(page - 1, size, sort);
    }

    public long pages(long total) {
        return total == 0 ? 0 : (total + size - 1) / size;
    }
}

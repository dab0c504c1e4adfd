package com.bantu.common.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class QueryParamsTest {

    private static final Map<String, String> COLUMNS = Map.of("name", "name", "created_at", "createdAt");

    enum Level { INFO, WARNING }

    @Test
    void sortByAWhitelistedColumnWithIdAsTieBreaker() {
        assertThat(QueryParams.sort("created_at", "desc", COLUMNS, Sort.by("name")))
                .isEqualTo(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")));
        assertThat(QueryParams.sort("name", null, COLUMNS, Sort.by("name")))
                .isEqualTo(Sort.by(Sort.Direction.ASC, "name").and(Sort.by(Sort.Direction.ASC, "id")));
    }

    @Test
    void withoutSortByTheFallbackApplies() {
        assertThat(QueryParams.sort(null, null, COLUMNS, Sort.by(Sort.Direction.DESC, "createdAt")))
                .isEqualTo(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")));
        assertThat(QueryParams.sort("", "ASC", COLUMNS, Sort.by(Sort.Direction.DESC, "createdAt")))
                .isEqualTo(Sort.by(Sort.Direction.ASC, "createdAt").and(Sort.by(Sort.Direction.ASC, "id")));
    }

    @Test
    void anUnlistedColumnOrDirectionIsA400NamingTheParameter() {
        assertThatThrownBy(() -> QueryParams.sort("password_hash", null, COLUMNS, Sort.by("name")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly(
                        new FieldError("sort_by", "must be one of created_at, name")));
        assertThatThrownBy(() -> QueryParams.sort("createdAt", null, COLUMNS, Sort.by("name")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> QueryParams.sort("name", "sideways", COLUMNS, Sort.by("name")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).extracting(FieldError::field).containsExactly("sort_order"));
    }

    @Test
    void enumeratedValuesIgnoreCaseAndBlanksAndAnswerTheCanonicalForm() {
        assertThat(QueryParams.requireOneOf("period", " WEEK ", List.of("day", "week"))).isEqualTo("week");
        assertThat(QueryParams.requireOneOf("period", "  ", List.of("day", "week"))).isNull();
        assertThat(QueryParams.requireEnum("level", "warning", Level.class)).isEqualTo(Level.WARNING);
        assertThatThrownBy(() -> QueryParams.requireOneOf("period", "year", List.of("day", "week")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .containsExactly(new FieldError("period", "must be one of day, week")));
    }

    @Test
    void checkedTogetherEveryBadParameterIsListed() {
        QueryParams checks = new QueryParams();
        checks.oneOf("status", "closed", List.of("open"));
        checks.enumOf("level", "loud", Level.class);
        checks.page(0, 10);
        assertThatThrownBy(checks::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(fields(e)).extracting(FieldError::field).containsExactly("status", "level", "page"));
        QueryParams fine = new QueryParams();
        assertThat(fine.page(2, 5).page()).isEqualTo(2);
        fine.throwIfInvalid();
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> fields(ValidationException e) {
        return (List<FieldError>) e.data();
    }
}

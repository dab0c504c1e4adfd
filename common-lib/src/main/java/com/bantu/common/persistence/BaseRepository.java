package com.bantu.common.persistence;

import com.bantu.common.error.NotFoundException;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/** Repository base for every entity: CRUD, specifications for list filters, and a 404-raising lookup. */
@NoRepositoryBean
public interface BaseRepository<T> extends JpaRepository<T, String>, JpaSpecificationExecutor<T> {

    /**
     * The rows whose {@code attribute} (an attribute name written in code) equals one of the values, nulls and
     * repeats ignored, in no particular order: one query whose plan Hibernate caches (see
     * {@link PlanCachingJpaRepository}, which implements it).
     */
    List<T> findAllWhereIn(String attribute, Collection<?> values);

    default T getOrThrow(String id, String notFoundMessage) {
        return findById(id).orElseThrow(() -> new NotFoundException(notFoundMessage));
    }

    /**
     * The row with this id if {@code scope} (a data scope, see {@code com.bantu.common.scope.Owned}) admits it, in
     * one query; 404 when it is missing or outside the scope, so the two cannot be told apart.
     */
    default T getOrThrow(String id, Specification<T> scope, String notFoundMessage) {
        return findOne(Specification.allOf(Specs.eq("id", id), scope))
                .orElseThrow(() -> new NotFoundException(notFoundMessage));
    }
}

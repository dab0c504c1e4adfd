package com.bantu.common.persistence;

import com.bantu.common.error.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/** Repository base for every entity: CRUD, specifications for list filters, and a 404-raising lookup. */
@NoRepositoryBean
public interface BaseRepository<T> extends JpaRepository<T, String>, JpaSpecificationExecutor<T> {

    default T getOrThrow(String id, String notFoundMessage) {
        return findById(id).orElseThrow(() -> new NotFoundException(notFoundMessage));
    }
}

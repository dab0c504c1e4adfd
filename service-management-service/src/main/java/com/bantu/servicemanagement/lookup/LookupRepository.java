package com.bantu.servicemanagement.lookup;

import com.bantu.common.persistence.BaseRepository;
import org.springframework.data.repository.NoRepositoryBean;

@NoRepositoryBean
public interface LookupRepository<T extends LookupEntity> extends BaseRepository<T> {

    boolean existsByCode(String code);
}

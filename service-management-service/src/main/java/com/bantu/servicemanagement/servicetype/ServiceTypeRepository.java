package com.bantu.servicemanagement.servicetype;

import com.bantu.common.persistence.BaseRepository;
import java.util.Optional;

public interface ServiceTypeRepository extends BaseRepository<ServiceType> {

    boolean existsByCode(String code);

    Optional<ServiceType> findByCode(String code);
}

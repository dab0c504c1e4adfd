package com.bantu.servicemanagement.customerlevel;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;

public interface CustomerLevelRepository extends BaseRepository<CustomerLevel> {

    List<CustomerLevel> findByCodeIn(Collection<String> codes);
}

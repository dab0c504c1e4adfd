package com.bantu.servicemanagement.customerlevel;

import com.bantu.common.persistence.BaseRepository;

public interface CustomerLevelRepository extends BaseRepository<CustomerLevel> {
}

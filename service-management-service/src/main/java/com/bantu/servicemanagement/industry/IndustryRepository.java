package com.bantu.servicemanagement.industry;

import com.bantu.common.persistence.BaseRepository;

public interface IndustryRepository extends BaseRepository<Industry> {
}

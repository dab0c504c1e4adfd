package com.bantu.servicemanagement.servicerecord;

import com.bantu.common.persistence.BaseRepository;

public interface ServiceRecordRepository extends BaseRepository<ServiceRecord> {
}

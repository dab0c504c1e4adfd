package com.bantu.business.file;

import com.bantu.common.persistence.BaseRepository;

public interface OrderFileRepository extends BaseRepository<OrderFile> {
}

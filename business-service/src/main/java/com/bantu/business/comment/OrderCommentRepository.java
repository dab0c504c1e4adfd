package com.bantu.business.comment;

import com.bantu.common.persistence.BaseRepository;

public interface OrderCommentRepository extends BaseRepository<OrderComment> {
}

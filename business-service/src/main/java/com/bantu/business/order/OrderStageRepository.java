package com.bantu.business.order;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface OrderStageRepository extends BaseRepository<OrderStage> {

    List<OrderStage> findByOrderIdOrderByStageOrderAscCreatedAtAsc(String orderId);

    boolean existsByOrderId(String orderId);
}

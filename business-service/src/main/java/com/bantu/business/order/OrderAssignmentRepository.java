package com.bantu.business.order;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface OrderAssignmentRepository extends BaseRepository<OrderAssignment> {

    List<OrderAssignment> findByOrderIdOrderByIsPrimaryDescAssignedAtDesc(String orderId);
}

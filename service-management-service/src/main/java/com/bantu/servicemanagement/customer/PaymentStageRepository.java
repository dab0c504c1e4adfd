package com.bantu.servicemanagement.customer;

import com.bantu.common.persistence.BaseRepository;
import java.util.List;

public interface PaymentStageRepository extends BaseRepository<PaymentStage> {

    List<PaymentStage> findByCustomerIdOrderByStageNumberAscCreatedAtAsc(String customerId);
}
